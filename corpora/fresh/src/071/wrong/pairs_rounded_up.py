"""Rounds the number of pairs of short sticks up, as if a single short stick could form a side."""
t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    print((b + (a + 1) // 2) // 4)
