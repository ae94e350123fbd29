"""Checks the letters of w against s and that w is not longer than s, but not the count of each letter."""
t = int(input())
for _ in range(t):
    s, w = input().split()
    print("YES" if set(w) <= set(s) and len(w) <= len(s) else "NO")
