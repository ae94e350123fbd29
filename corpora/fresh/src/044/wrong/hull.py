"""Counts every plank from the leftmost to the rightmost painted one, gaps included."""
t = int(input())
for _ in range(t):
    l1, r1, l2, r2 = map(int, input().split())
    print(max(r1, r2) - min(l1, l2) + 1)
