import sys
from bisect import bisect_left, bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q, c, d = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    h = sorted(int(x) for x in data[4 : 4 + n])
    s = [int(x) for x in data[4 + n : 4 + n + q]]
    pref = [0] * (n + 1)
    for i, x in enumerate(h):
        pref[i + 1] = pref[i] + x
    out = []
    for st in s:
        lo = bisect_right(h, st)  # first hill with h > s
        hi = bisect_left(h, st + c)  # first hill with h >= s + c
        rest = pref[hi] - pref[lo] - (hi - lo) * st
        out.append(rest + (n - hi) * d)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
