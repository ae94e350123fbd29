"""Splits the occurrences of each letter by their order among that letter (1st, 2nd, ...), not by position parity."""
from collections import Counter

t = int(input())
for _ in range(t):
    s = input().strip()
    total = 0
    for c, k in Counter(s).items():
        total += (k // 2) * ((k + 1) // 2)
    print(total)
