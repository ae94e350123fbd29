"""Replaces the largest letter (its first occurrence) with a."""
t = int(input())
for _ in range(t):
    s = input().strip()
    i = s.index(max(s))
    print(s[:i] + "a" + s[i + 1:])
