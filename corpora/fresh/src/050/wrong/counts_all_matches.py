"""Counts every position from the end where the letters are equal, without stopping at the first difference."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    print(sum(1 for a, b in zip(reversed(s), reversed(p)) if a == b))
