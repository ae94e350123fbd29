import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        d, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), data[3 + 3 * i]
        per_week = s.count("1")
        full = (k - 1) // per_week  # whole weeks, each with per_week trainings
        rest = k - full * per_week  # 1 <= rest <= per_week trainings still to do
        day = 0
        while rest > 0:
            if s[(d - 1 + day) % 7] == "1":
                rest -= 1
            day += 1
        out.append(full * 7 + day)
    print("\n".join(map(str, out)))


main()
