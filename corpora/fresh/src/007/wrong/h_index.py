"""Takes the largest k such that the k-th longest candle has length at least k (an h-index)."""
t = int(input())
for _ in range(t):
    n = int(input())
    b = sorted(map(int, input().split()), reverse=True)
    best = 0
    for k in range(1, n + 1):
        if b[k - 1] >= k:
            best = k
    print(best)
