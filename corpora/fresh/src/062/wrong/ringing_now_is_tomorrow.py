"""Treats an alarm set to the current time as ringing tomorrow (1440 minutes) instead of now."""
t = int(input())
for _ in range(t):
    n, now = input().split()
    cur = int(now[:2]) * 60 + int(now[3:])
    best = min((int(a[:2]) * 60 + int(a[3:]) - cur - 1) % 1440 + 1 for a in input().split())
    print(best)
