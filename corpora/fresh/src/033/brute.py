# Walk along the row guest by guest, exactly as Alice does.
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    c = list(map(int, input().split()))
    got = [0] * n
    order = []
    teapot = k
    at = 0
    while len(order) < n:
        if got[at] < c[at]:
            got[at] += 1
            teapot -= 1
            if got[at] == c[at]:
                order.append(at + 1)
            if teapot == 0 and len(order) < n:
                teapot = k
                at = 0
                continue
        at += 1
        if at == n:
            at = 0
    print(*order)
