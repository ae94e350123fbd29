"""Lights the candles in the given order, one per minute, without choosing which ones."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    best = 0
    for k in range(1, n + 1):
        burning = sum(1 for s in range(1, k + 1) if a[s - 1] >= k - s + 1)
        best = max(best, burning)
        if best == n:
            break
    print(best)
