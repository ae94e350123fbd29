"""Prints the skipped letters in order of first appearance in s, not alphabetically."""
q = int(input())
for _ in range(q):
    s = input().strip()
    t = input().strip()
    kept = set(t)
    if not kept <= set(s) or "".join(c for c in s if c in kept) != t:
        print("IMPOSSIBLE")
        continue
    skipped = []
    for c in s:
        if c not in kept and c not in skipped:
            skipped.append(c)
    print("".join(skipped) if skipped else "NONE")
