"""Treats every stick of length 1 as a whole side."""
t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    print((a + b) // 4)
