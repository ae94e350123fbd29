# Try every position with every letter (and no change at all) and keep the smallest string.
from string import ascii_lowercase

t = int(input())
for _ in range(t):
    s = input().strip()
    best = s
    for i in range(len(s)):
        for c in ascii_lowercase:
            cand = s[:i] + c + s[i + 1:]
            if cand < best:
                best = cand
    print(best)
