def solve(k: int, s: str) -> int:
    """The minimum number of new lamps so that no position of the street is dark.

    k: the radius of every lamp (0 <= k <= len(s)).
    s: a string of 0s and 1s, one character per position from west to east; s[i - 1]
       is "1" if there is a working lamp at position i and "0" otherwise
       (1 <= len(s) <= 2*10^5).
    Returns: the minimum number of new lamps Monocarp has to install.
    """
    n = len(s)
    inf = 10**9
    dist = [inf] * n
    last = -inf
    for i in range(n):
        if s[i] == "1":
            last = i
        dist[i] = i - last
    last = inf
    for i in range(n - 1, -1, -1):
        if s[i] == "1":
            last = i
        if last - i < dist[i]:
            dist[i] = last - i
    added = 0
    covered_until = -1
    for i in range(n):
        if dist[i] <= k or i <= covered_until:
            continue
        added += 1
        covered_until = i + 2 * k
    return added


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        k = int(data[pos + 1])
        s = data[pos + 2]
        pos += 3
        out.append(solve(k, s))
    print("\n".join(map(str, out)))


main()
