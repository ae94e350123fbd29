def enough(h, s, k, D):
    from bisect import bisect_left
    j = 0
    m = len(s)
    got = 0
    left = len(h)
    for x in h:
        if got + left < k:
            return False
        left -= 1
        j = bisect_left(s, x - D, j)
        if j == m:
            return False
        if s[j] <= x + D:
            got += 1
            if got >= k:
                return True
            j += 1
    return False


def solve(k: int, h: list[int], s: list[int]) -> int:
    """The smallest non-negative integer D for which Alice can hand out the bicycles.

    k: the number of kids that must get a bicycle (1 <= k <= min(len(h), len(s))).
    h: the heights of the kids in centimetres (1 <= len(h) <= 2*10^4,
       1 <= h[i] <= 10^9).
    s: the sizes of the bicycles (1 <= len(s) <= 2*10^4, 1 <= s[j] <= 10^9).
    Returns: the smallest non-negative integer D such that at least k kids can get
       bicycles with |h_i - s_j| <= D, each kid getting at most one bicycle and each
       bicycle going to at most one kid.
    """
    h = sorted(h)
    s = sorted(s)
    lo, hi = 0, 10**9
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(h, s, k, mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        h = [int(x) for x in data[pos : pos + n]]
        pos += n
        s = [int(x) for x in data[pos : pos + m]]
        pos += m
        out.append(solve(k, h, s))
    print("\n".join(map(str, out)))


main()
