MOD = 998244353


def solve(k: int, s: str, p: str) -> int:
    """The number of hiding places of the word p in the letter s, modulo 998244353.

    k: the largest allowed distance between consecutive chosen positions
       (1 <= k <= len(s)).
    s: the letter (lowercase Latin letters, 1 <= len(s) <= 5000).
    p: the secret word (lowercase Latin letters, 1 <= len(p) <= 100).
    Returns: the number of sequences of positions i_1 < i_2 < ... < i_m of s that
       spell p and whose consecutive positions differ by at most k, modulo 998244353.
    """
    from itertools import accumulate
    n, m = len(s), len(p)
    if m > n:
        return 0
    masks = {}
    for ch in set(p):
        masks[ch] = [1 if c == ch else 0 for c in s]
    dp = masks[p[0]]
    zeros = [0] * min(k, n)
    for j in range(1, m):
        pre = list(accumulate(dp, initial=0))
        dp = [(a - b) % MOD * c for a, b, c in zip(pre, zeros + pre[: n - len(zeros)], masks[p[j]])]
    return sum(dp) % MOD


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        k = int(data[pos + 2])
        s, p = data[pos + 3], data[pos + 4]
        pos += 5
        out.append(solve(k, s, p))
    print("\n".join(map(str, out)))


main()
