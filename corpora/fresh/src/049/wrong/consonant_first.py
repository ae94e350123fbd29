"""Only accepts words that start with a consonant."""
t = int(input())
for _ in range(t):
    s = input().strip()
    ok = all((c in "aeiou") == (j % 2 == 1) for j, c in enumerate(s))
    print("YES" if ok else "NO")
