def solve(g: list[int], l: list[int]) -> int:
    """The maximum possible total length of Timur's playlist in seconds.

    g: g[i] is the genre of song i + 1, an integer from 1 to len(g)
       (1 <= len(g) <= 2*10^4).
    l: l[i] is the length of song i + 1 in seconds (len(l) == len(g),
       1 <= l[i] <= 10^6).
    Returns: the maximum total length of a non-empty playlist (each song at most once,
       in any order) in which no two consecutive songs have the same genre.
    """
    n = len(g)
    cnt = {}
    for x in g:
        cnt[x] = cnt.get(x, 0) + 1
    top = max(cnt, key=cnt.get)
    rest = n - cnt[top]
    if cnt[top] <= rest + 1:
        return sum(l)
    mine = sorted((l[i] for i in range(n) if g[i] == top), reverse=True)
    other = sum(l) - sum(mine)
    return other + sum(mine[: rest + 1])


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        g = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        l = [int(x) for x in data[pos + 1 + n : pos + 1 + 2 * n]]
        pos += 1 + 2 * n
        out.append(solve(g, l))
    print("\n".join(map(str, out)))


main()
