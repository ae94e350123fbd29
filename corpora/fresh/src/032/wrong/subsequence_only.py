"""Only checks that t is a subsequence of s, not that kept letters are kept everywhere."""
q = int(input())
for _ in range(q):
    s = input().strip()
    t = input().strip()
    j = 0
    for c in s:
        if j < len(t) and t[j] == c:
            j += 1
    if j < len(t):
        print("IMPOSSIBLE")
    else:
        skipped = "".join(sorted(set(s) - set(t)))
        print(skipped if skipped else "NONE")
