"""Keeps the largest cost ever seen in the window, not updating it when that shop leaves."""
t = int(input())
for _ in range(t):
    n, d, budget = map(int, input().split())
    x = list(map(int, input().split()))
    c = list(map(int, input().split()))
    best = 0
    l = 0
    total = 0
    mx = 0
    for r in range(n):
        total += c[r]
        mx = max(mx, c[r])
        while x[r] - x[l] > d or total - mx > budget:
            total -= c[l]
            l += 1
            if l > r:
                break
        best = max(best, r - l + 1)
    print(best)
