def solve(d: int, k: int, s: str) -> int:
    """The day of Polycarp's plan on which he does his k-th training.

    d: today's day of the week, 1 (Monday) to 7 (Sunday).
    k: the number of trainings Polycarp wants to do (1 <= k <= 10^9); if today is a
       training day, today's training is the first of them.
    s: the weekly schedule, a string of seven characters 0 and 1 with at least one 1;
       s[j - 1] is "1" if Polycarp trains on day j of every week, "0" if he rests.
    Returns: the number of the day of the plan of the k-th training, where today is
       day 1 of the plan, tomorrow is day 2, and so on.
    """
    per_week = s.count("1")
    full = (k - 1) // per_week
    rest = k - full * per_week
    day = 0
    while rest > 0:
        if s[(d - 1 + day) % 7] == "1":
            rest -= 1
        day += 1
    return full * 7 + day


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        d, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), data[3 + 3 * i]
        out.append(solve(d, k, s))
    print("\n".join(map(str, out)))


main()
