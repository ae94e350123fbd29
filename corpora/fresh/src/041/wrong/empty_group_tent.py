"""Puts up at least one tent for each group, even for a group with no children."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(max(1, (n + k - 1) // k) + max(1, (m + k - 1) // k))
