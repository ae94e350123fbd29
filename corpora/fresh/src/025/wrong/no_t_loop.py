"""Answers only the first round."""
input()
s, p = input().split()
ws = sum(ord(c) - 96 for c in s)
wp = sum(ord(c) - 96 for c in p)
print("NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW")
