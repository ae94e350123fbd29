"""Sorts by time in decreasing order (the slowest skier first)."""
t = int(input())
for _ in range(t):
    a = list(map(int, input().split()))
    order = sorted(range(3), key=lambda j: (-a[j], j))
    print(" ".join(str(j + 1) for j in order))
