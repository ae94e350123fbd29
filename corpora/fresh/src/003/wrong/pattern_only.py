"""Only checks that vowels stand at the same positions, not that the letters are the same."""
q = int(input())
for _ in range(q):
    s = input().strip()
    r = input().strip()
    ok = len(s) == len(r) and all((a in "aeiou") == (b in "aeiou") for a, b in zip(s, r))
    print("YES" if ok else "NO")
