"""Divides the length of the watch by k, ignoring where the flashes fall."""
t = int(input())
for _ in range(t):
    l, r, k = map(int, input().split())
    print((r - l + 1) // k)
