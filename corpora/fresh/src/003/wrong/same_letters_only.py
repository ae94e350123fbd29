"""Only checks that the two words consist of the same letters, ignoring where vowels stand."""
q = int(input())
for _ in range(q):
    s = input().strip()
    r = input().strip()
    print("YES" if sorted(s) == sorted(r) else "NO")
