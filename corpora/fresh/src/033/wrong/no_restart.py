"""After refilling the teapot, continues from the next guest instead of restarting from guest 1."""
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
            if teapot == 0:
                teapot = k
        at = (at + 1) % n
    print(*order)
