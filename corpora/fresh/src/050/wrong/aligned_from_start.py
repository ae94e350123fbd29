"""Compares the words from their first letters instead of from their last letters."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    k = 0
    while k < len(s) and k < len(p) and s[k] == p[k]:
        k += 1
    print(k)
