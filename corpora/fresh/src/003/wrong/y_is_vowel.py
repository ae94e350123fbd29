"""Treats the letter y as a vowel."""
q = int(input())
for _ in range(q):
    s = input().strip()
    r = input().strip()
    ok = sorted(s) == sorted(r) and all((a in "aeiouy") == (b in "aeiouy") for a, b in zip(s, r))
    print("YES" if ok else "NO")
