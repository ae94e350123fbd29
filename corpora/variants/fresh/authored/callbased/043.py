def solve(s: int, k: int, x: int) -> int:
    """How many minutes Vasya waits at the pier.

    s: the minute when the first ferry of the day leaves; ferries leave at minutes
       s, s + k, s + 2k, ... and never before minute s (0 <= s <= 10^9).
    k: the interval between ferries in minutes (1 <= k <= 10^9).
    x: the minute when Vasya arrives at the pier (0 <= x <= 10^9).
    Returns: the number of minutes from minute x until the first ferry that leaves at
       minute x or later (0 if a ferry leaves exactly at minute x).
    """
    if x <= s:
        return s - x
    return (k - (x - s) % k) % k


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s, k, x = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        out.append(solve(s, k, x))
    print("\n".join(map(str, out)))


main()
