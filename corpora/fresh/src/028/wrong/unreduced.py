"""Does not reduce the fractions: takes the lcm of the products of the teeth that divide."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    links = input().strip()
    cur = {}  # prime exponents of the unreduced denominator of gear i
    need = {}

    def factor(x):
        f = {}
        p = 2
        while p * p <= x:
            while x % p == 0:
                f[p] = f.get(p, 0) + 1
                x //= p
            p += 1
        if x > 1:
            f[x] = f.get(x, 0) + 1
        return f

    for i in range(1, n):
        if links[i - 1] == "M":
            for p, k in factor(a[i]).items():
                cur[p] = cur.get(p, 0) + k
                if cur[p] > need.get(p, 0):
                    need[p] = cur[p]
    ans = 1
    for p, k in need.items():
        ans = ans * pow(p, k, 998244353) % 998244353
    print(ans)
