"""Counts the pairs of equal neighbouring letters plus one, over the whole message."""
t = int(input())
for _ in range(t):
    s = input().strip()
    print(1 + sum(1 for j in range(1, len(s)) if s[j] == s[j - 1]))
