"""Misses the ferry that leaves exactly at minute x, even the first one."""
t = int(input())
for _ in range(t):
    s, k, x = map(int, input().split())
    if x < s:
        print(s - x)
    else:
        print(k - (x - s) % k)
