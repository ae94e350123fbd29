"""Breaks ties towards the letter that appears first in the word, not in the alphabet."""
t = int(input())
for _ in range(t):
    s = input().strip()
    best = s[0]
    for c in s:
        if s.count(c) > s.count(best):
            best = c
    print(best, s.count(best))
