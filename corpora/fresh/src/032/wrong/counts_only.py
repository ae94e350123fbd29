"""Compares letter counts after skipping but ignores the order of the letters."""
from collections import Counter

q = int(input())
for _ in range(q):
    s = input().strip()
    t = input().strip()
    kept = set(t)
    cs = Counter(c for c in s if c in kept)
    if cs != Counter(t):
        print("IMPOSSIBLE")
    else:
        skipped = "".join(sorted(set(s) - kept))
        print(skipped if skipped else "NONE")
