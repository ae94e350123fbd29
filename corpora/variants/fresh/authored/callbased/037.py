MOD = 998244353


def solve(k: int, a: list[int]) -> int:
    """The number of photogenic teams of exactly k athletes, modulo 998244353.

    k: the size of the team (1 <= k <= len(a)).
    a: the heights of the athletes (1 <= len(a) <= 2*10^4, 1 <= a[i] <= 10^9).
    Returns: the number of photogenic teams of k athletes, modulo 998244353.
    """
    n = len(a)
    if k == 1:
        return n % MOD
    fact = [1] * (n + 1)
    for i in range(1, n + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (n + 1)
    inv[n] = pow(fact[n], MOD - 2, MOD)
    for i in range(n, 0, -1):
        inv[i - 1] = inv[i] * i % MOD

    def comb(x: int, y: int) -> int:
        if y < 0 or y > x:
            return 0
        return fact[x] * inv[y] % MOD * inv[x - y] % MOD

    b = sorted(a)
    total = 0
    i = 0
    while i < n:
        j = i
        while j < n and b[j] == b[i]:
            j += 1
        shorter, same, taller = i, j - i, n - j
        total += same * taller % MOD * comb(shorter, k - 2)
        i = j
    return total % MOD


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        out.append(solve(k, a))
    print("\n".join(map(str, out)))


main()
