"""Looks only at the last gear, as if intermediate gears never mattered."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    links = input().strip()
    # exponents of the last gear's turns, kept as a dict
    e = {}

    def add(x, s):
        p = 2
        while p * p <= x:
            while x % p == 0:
                e[p] = e.get(p, 0) + s
                x //= p
            p += 1
        if x > 1:
            e[x] = e.get(x, 0) + s

    for i in range(1, n):
        if links[i - 1] == "M":
            add(a[i - 1], 1)
            add(a[i], -1)
    ans = 1
    for p, k in e.items():
        if k < 0:
            ans = ans * pow(p, -k, 998244353) % 998244353
    print(ans)
