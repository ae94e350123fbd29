"""Forgets that two odd numbers also have an even sum."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    even = sum(1 for x in a if x % 2 == 0)
    print(even * (even - 1) // 2)
