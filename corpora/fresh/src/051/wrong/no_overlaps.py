"""Counts only non-overlapping appearances (str.count)."""
t = int(input())
for _ in range(t):
    s = input().strip()
    p = input().strip()
    print(s.count(p))
