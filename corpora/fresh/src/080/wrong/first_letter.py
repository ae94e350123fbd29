"""Always replaces the first letter with a."""
t = int(input())
for _ in range(t):
    s = input().strip()
    print("a" + s[1:])
