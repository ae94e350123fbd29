import sys
from bisect import bisect_left


def enough(h, s, k, D):
    """Greedy: kids by height, each takes the smallest free bike not below h - D."""
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


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        h = sorted(map(int, data[pos : pos + n]))
        pos += n
        s = sorted(map(int, data[pos : pos + m]))
        pos += m
        lo, hi = 0, 10**9
        while lo < hi:
            mid = (lo + hi) // 2
            if enough(h, s, k, mid):
                hi = mid
            else:
                lo = mid + 1
        out.append(lo)
    print("\n".join(map(str, out)))


main()
