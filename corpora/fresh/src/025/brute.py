# Count how many times each letter occurs, then weigh the letters through the alphabet string.
from collections import Counter

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
t = int(input())
for _ in range(t):
    s, p = input().split()
    cs, cp = Counter(s), Counter(p)
    diff = 0
    for position, letter in enumerate(ALPHABET, start=1):
        diff += position * (cs[letter] - cp[letter])
    if diff > 0:
        print("NASTYA")
    elif diff < 0:
        print("PETYA")
    else:
        print("DRAW")
