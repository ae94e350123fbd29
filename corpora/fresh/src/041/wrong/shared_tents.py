"""Lets boys and girls share tents: ceil((n + m) / k)."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print((n + m + k - 1) // k)
