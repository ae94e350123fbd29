# Tries every way to give each item either no coupon or a distinct unused coupon.
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    p = list(map(int, input().split()))
    c = list(map(int, input().split()))
    best = None

    def go(i: int, used: int, paid: int) -> None:
        global best
        if best is not None and paid >= best:
            return
        if i == n:
            best = paid
            return
        for j in range(m):
            if not used >> j & 1:
                go(i + 1, used | 1 << j, paid + max(0, p[i] - c[j]))
        go(i + 1, used, paid + p[i])

    go(0, 0, 0)
    print(best)
