"""Assumes that the first second of the watch always has a flash."""
t = int(input())
for _ in range(t):
    l, r, k = map(int, input().split())
    print((r - l) // k + 1)
