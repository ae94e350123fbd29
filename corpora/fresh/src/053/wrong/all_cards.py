"""Requires Alice to use all the cards (w must be a rearrangement of s)."""
t = int(input())
for _ in range(t):
    s, w = input().split()
    print("YES" if sorted(s) == sorted(w) else "NO")
