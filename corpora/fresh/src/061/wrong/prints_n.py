"""Prints n instead of −1 when even all days are not enough."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    total = 0
    k = 0
    while k < n and total < s:
        k += 1
        total += a[n - k]
    print(k)
