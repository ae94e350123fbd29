def solve(c: int, d: int, h: list[int], s: list[int]) -> list[int]:
    """The extra time of every friend.

    c: the parameter c of the rules (1 <= c <= 10^6).
    d: the minutes needed to walk around a hill (1 <= d <= 10^6).
    h: the heights of the hills (1 <= len(h) <= 1.5*10^4, 1 <= h[i] <= 10^6).
    s: s[j - 1] is the stamina of the j-th friend (1 <= len(s) <= 1.5*10^4,
       1 <= s[j] <= 10^6).
    Returns: a list whose j-th element is the extra time of the j-th friend, in
       minutes.
    """
    from bisect import bisect_left, bisect_right
    n = len(h)
    hs = sorted(h)
    pref = [0] * (n + 1)
    for i, x in enumerate(hs):
        pref[i + 1] = pref[i] + x
    out = []
    for st in s:
        lo = bisect_right(hs, st)
        hi = bisect_left(hs, st + c)
        rest = pref[hi] - pref[lo] - (hi - lo) * st
        out.append(rest + (n - hi) * d)
    return out


import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, q, c, d = int(data[0]), int(data[1]), int(data[2]), int(data[3])
    h = [int(x) for x in data[4 : 4 + n]]
    s = [int(x) for x in data[4 + n : 4 + n + q]]
    print("\n".join(map(str, solve(c, d, h, s))))


main()
