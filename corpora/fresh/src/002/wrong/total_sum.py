"""Divides the total usage by 100, ignoring the charge left unused before each charging."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    print((sum(a) + 99) // 100 - 1)
