"""Treats the lanterns as a row: the end lanterns have only one neighbour."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    stops = 0
    for i in range(n):
        left = a[i - 1] if i > 0 else 0
        right = a[i + 1] if i + 1 < n else 0
        if a[i] > left and a[i] > right:
            stops += 1
    print(stops)
