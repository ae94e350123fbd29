"""Waits a full interval when a ferry leaves exactly at minute x."""
t = int(input())
for _ in range(t):
    s, k, x = map(int, input().split())
    if x <= s:
        print(s - x)
    else:
        print(k - (x - s) % k)
