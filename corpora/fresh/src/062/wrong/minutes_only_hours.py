"""Converts HH:MM to minutes as HH * 100 + MM, as if the clock were decimal."""
t = int(input())
for _ in range(t):
    n, now = input().split()
    cur = int(now[:2]) * 100 + int(now[3:])
    best = min((int(a[:2]) * 100 + int(a[3:]) - cur) % 2400 for a in input().split())
    print(best)
