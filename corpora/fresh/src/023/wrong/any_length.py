"""Forgets the even-length condition and counts all pieces with equal ends."""
from collections import Counter

t = int(input())
for _ in range(t):
    s = input().strip()
    print(sum(k * (k - 1) // 2 for k in Counter(s).values()))
