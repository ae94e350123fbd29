# Tries every k from 0 to the length of the shorter word, comparing the last k letters of both
# words as whole strings, and keeps the largest k that works.
t = int(input())
for _ in range(t):
    s, p = input().split()
    best = 0
    for k in range(0, min(len(s), len(p)) + 1):
        if s[len(s) - k:] == p[len(p) - k:]:
            best = k
    print(best)
