"""Only checks that every letter of w occurs in s, ignoring how many cards there are."""
t = int(input())
for _ in range(t):
    s, w = input().split()
    print("YES" if set(w) <= set(s) else "NO")
