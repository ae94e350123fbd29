"""Weighs every distinct letter of a word only once."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    ws = sum(ord(c) - 96 for c in set(s))
    wp = sum(ord(c) - 96 for c in set(p))
    print("NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW")
