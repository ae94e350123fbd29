"""Gives the letter a weight 0 instead of 1 (ord(c) - ord('a')), which matters when the lengths differ."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    ws = sum(ord(c) - ord("a") for c in s)
    wp = sum(ord(c) - ord("a") for c in p)
    print("NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW")
