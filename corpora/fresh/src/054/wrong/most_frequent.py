"""Prints the largest number of occurrences of a letter, in a row or not."""
t = int(input())
for _ in range(t):
    s = input().strip()
    print(max(s.count(c) for c in set(s)))
