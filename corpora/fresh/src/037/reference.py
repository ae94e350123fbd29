import sys

MOD = 998244353


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    cases = []
    top = 1
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        cases.append((n, k, data[pos + 2 : pos + 2 + n]))
        pos += 2 + n
        top = max(top, n)
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % MOD
    inv = [1] * (top + 1)
    inv[top] = pow(fact[top], MOD - 2, MOD)
    for i in range(top, 0, -1):
        inv[i - 1] = inv[i] * i % MOD

    def comb(a: int, b: int) -> int:
        if b < 0 or b > a:
            return 0
        return fact[a] * inv[b] % MOD * inv[a - b] % MOD

    out = []
    for n, k, raw in cases:
        if k == 1:
            out.append(n % MOD)
            continue
        a = sorted(int(x) for x in raw)
        total = 0
        i = 0
        while i < n:
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            shorter, same, taller = i, j - i, n - j
            # the second tallest has this height; the tallest is any taller athlete,
            # and the other k - 2 members are strictly shorter
            total += same * taller % MOD * comb(shorter, k - 2)
            i = j
        out.append(total % MOD)
    print("\n".join(map(str, out)))


main()
