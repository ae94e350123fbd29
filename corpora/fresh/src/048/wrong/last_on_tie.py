"""Breaks ties towards the letter that comes last in the alphabet."""
t = int(input())
for _ in range(t):
    s = input().strip()
    best = max("abcdefghijklmnopqrstuvwxyz", key=lambda c: (s.count(c), c))
    print(best, s.count(best))
