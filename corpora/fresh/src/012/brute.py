# Try the positive multiples of k around n and take the nearest one.
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    q = n // k
    best = None
    for rows in range(max(1, q - 2), q + 3):
        cost = abs(n - rows * k)
        if best is None or cost < best:
            best = cost
    print(best)
