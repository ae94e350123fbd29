"""Lets the goats reach only from one side in each direction (subtracts k instead of 2k)."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(max(0, n - k) * max(0, m - k))
