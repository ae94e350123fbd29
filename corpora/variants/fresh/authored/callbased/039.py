def solve(c: int, d: int, g: list[int]) -> int:
    """The number of good shows.

    c: the largest allowed number of songs of one genre in a show (1 <= c <= len(g)).
    d: the smallest allowed number of different genres in a show (1 <= d <= len(g)).
    g: g[i - 1] is the genre of the i-th song (1 <= len(g) <= 4*10^4,
       1 <= g[i] <= len(g)).
    Returns: the number of pairs (l, r), 1 <= l <= r <= len(g), such that in the songs
       from the l-th to the r-th every genre appears at most c times and at least d
       different genres appear.
    """
    n = len(g)
    cnt1 = [0] * (n + 1)
    cnt2 = [0] * (n + 1)
    r1 = -1
    r2 = 0
    distinct = 0
    total = 0
    for l in range(n):
        while r1 + 1 < n and cnt1[g[r1 + 1]] < c:
            r1 += 1
            cnt1[g[r1]] += 1
        while r2 < n and distinct < d:
            x = g[r2]
            if cnt2[x] == 0:
                distinct += 1
            cnt2[x] += 1
            r2 += 1
        if distinct >= d and r1 >= r2 - 1:
            total += r1 - r2 + 2
        x = g[l]
        cnt1[x] -= 1
        cnt2[x] -= 1
        if cnt2[x] == 0:
            distinct -= 1
    return total


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, c, d = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        g = [int(x) for x in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        out.append(solve(c, d, g))
    print("\n".join(map(str, out)))


main()
