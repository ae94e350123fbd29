import sys

MOD = 998244353
LIMIT = 10**5


def main() -> None:
    spf = list(range(LIMIT + 1))
    for p in range(2, int(LIMIT**0.5) + 1):
        if spf[p] == p:
            for q in range(p * p, LIMIT + 1, p):
                if spf[q] == q:
                    spf[q] = p

    def factor(x: int) -> dict:
        f = {}
        while x > 1:
            p = spf[x]
            f[p] = f.get(p, 0) + 1
            x //= p
        return f

    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = data[pos + 1 : pos + 1 + n]
        links = data[pos + 1 + n].decode()
        pos += 2 + n
        # exponent of every prime in r_i, the number of turns of gear i per turn of gear 1
        e = {}
        need = {}  # the largest exponent of p in a reduced denominator
        fac_prev = factor(int(a[0]))
        for i in range(1, n):
            fac = factor(int(a[i]))
            if links[i - 1] == "M":
                # r_i = r_{i-1} * a_{i-1} / a_i
                for p, k in fac_prev.items():
                    e[p] = e.get(p, 0) + k
                for p, k in fac.items():
                    v = e.get(p, 0) - k
                    e[p] = v
                    if -v > need.get(p, 0):
                        need[p] = -v
            fac_prev = fac
        ans = 1
        for p, k in need.items():
            ans = ans * pow(p, k, MOD) % MOD
        out.append(ans)
    print("\n".join(map(str, out)))


main()
