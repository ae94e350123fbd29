"""Counts the departures from minute 0 instead of from minute s."""
t = int(input())
for _ in range(t):
    s, k, x = map(int, input().split())
    if x <= s:
        print(s - x)
    else:
        print((k - x % k) % k)
