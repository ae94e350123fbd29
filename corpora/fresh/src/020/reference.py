import sys
from itertools import accumulate

MOD = 998244353


def solve(n: int, m: int, k: int, s: bytes, p: bytes) -> int:
    if m > n:
        return 0
    masks = {}
    for ch in set(p):
        masks[ch] = [1 if c == ch else 0 for c in s]
    # dp[i] = number of ways (mod MOD) to place p[0..j] with p[j] at position i of s.
    dp = masks[p[0]]
    zeros = [0] * min(k, n)
    for j in range(1, m):
        pre = list(accumulate(dp, initial=0))  # pre[x] = dp[0] + ... + dp[x - 1]
        # the previous letter stands at one of the positions i − k, ..., i − 1:
        # window[i] = pre[i] − pre[max(0, i − k)]
        dp = [(a - b) % MOD * c for a, b, c in zip(pre, zeros + pre[: n - len(zeros)], masks[p[j]])]
    return sum(dp) % MOD


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        s, p = data[pos + 3], data[pos + 4]
        pos += 5
        out.append(solve(n, m, k, s, p))
    print("\n".join(map(str, out)))


main()
