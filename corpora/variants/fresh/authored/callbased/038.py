MOD = 998244353


def solve(l: int, r: int, c: str) -> int:
    """The number of routes of the frog from pad 1 to pad n, modulo 998244353.

    l: the shortest possible jump (1 <= l <= r).
    r: the longest possible jump (r <= len(c)).
    c: the colours of the pads, c[i - 1] is the colour of pad i (lowercase English
       letters, 1 <= len(c) <= 2*10^5); n = len(c).
    Returns: the number of routes from pad 1 to pad n, modulo 998244353.
    """
    n = len(c)
    col = [ord(x) - 97 for x in c]
    dp = [0] * n
    dp[0] = 1
    window = 0
    by_colour = [0] * 26
    for i in range(1, n):
        j = i - l
        if j >= 0:
            window += dp[j]
            by_colour[col[j]] += dp[j]
        j = i - r - 1
        if j >= 0:
            window -= dp[j]
            by_colour[col[j]] -= dp[j]
        dp[i] = (window - by_colour[col[i]]) % MOD
        window %= MOD
        by_colour[col[i]] %= MOD
    return dp[n - 1]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        l, r = int(data[pos + 1]), int(data[pos + 2])
        c = data[pos + 3]
        pos += 4
        out.append(solve(l, r, c))
    print("\n".join(map(str, out)))


main()
