"""Assumes ferries also left before minute s (forgets that Vasya may arrive before the first ferry)."""
t = int(input())
for _ in range(t):
    s, k, x = map(int, input().split())
    print((s - x) % k)
