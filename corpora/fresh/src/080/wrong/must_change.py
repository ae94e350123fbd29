"""Treats the change as mandatory: a string of only a's gets its last letter turned into b."""
t = int(input())
for _ in range(t):
    s = input().strip()
    i = 0
    while i < len(s) and s[i] == "a":
        i += 1
    if i < len(s):
        s = s[:i] + "a" + s[i + 1:]
    else:
        s = s[:-1] + "b"
    print(s)
