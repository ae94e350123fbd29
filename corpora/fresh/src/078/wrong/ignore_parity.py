"""Forgets that towers of different parity can never become equal."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    low = min(a)
    print(sum(x - low for x in a) // 2)
