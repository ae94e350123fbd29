"""Only checks that the length is divisible by the number of distinct letters."""
t = int(input())
for _ in range(t):
    s = input().strip()
    print("YES" if len(s) % len(set(s)) == 0 else "NO")
