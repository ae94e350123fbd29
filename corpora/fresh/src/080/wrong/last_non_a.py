"""Replaces the last letter that is not a."""
t = int(input())
for _ in range(t):
    s = input().strip()
    i = len(s) - 1
    while i >= 0 and s[i] == "a":
        i -= 1
    if i >= 0:
        s = s[:i] + "a" + s[i + 1:]
    print(s)
