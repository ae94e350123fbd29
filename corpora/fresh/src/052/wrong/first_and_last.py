"""Only compares the counts of the first and the last letter of the word."""
t = int(input())
for _ in range(t):
    s = input().strip()
    print("YES" if s.count(s[0]) == s.count(s[-1]) else "NO")
