MOD = 998244353


def solve(a: list[int], links: str) -> int:
    """The smallest positive number X of full turns of gear 1, modulo 998244353.

    a: a[i - 1] is the number of teeth of gear i (2 <= len(a) <= 3*10^4,
       2 <= a[i] <= 10^5).
    links: a string of len(a) - 1 characters, each M or A; links[i - 1] tells how
       gear i + 1 is attached to gear i.
    Returns: the smallest positive integer X such that after X full turns of gear 1
       every gear has made an integer number of full turns, taken modulo 998244353.
    """
    n = len(a)
    e = {}
    need = {}
    fac_prev = factor(a[0])
    for i in range(1, n):
        fac = factor(a[i])
        if links[i - 1] == "M":
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
    return ans


import functools

LIMIT = 10**5


@functools.lru_cache(maxsize=None)
def smallest_prime_factors() -> list[int]:
    spf = list(range(LIMIT + 1))
    for p in range(2, int(LIMIT**0.5) + 1):
        if spf[p] == p:
            for q in range(p * p, LIMIT + 1, p):
                if spf[q] == q:
                    spf[q] = p
    return spf


def factor(x: int) -> dict:
    spf = smallest_prime_factors()
    f = {}
    while x > 1:
        p = spf[x]
        f[p] = f.get(p, 0) + 1
        x //= p
    return f


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        links = data[pos + 1 + n]
        pos += 2 + n
        out.append(solve(a, links))
    print("\n".join(map(str, out)))


main()
