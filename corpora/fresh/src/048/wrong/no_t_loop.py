"""Answers only the first word."""
input()
s = input().strip()
best = min(set(s), key=lambda c: (-s.count(c), c))
print(best, s.count(best))
