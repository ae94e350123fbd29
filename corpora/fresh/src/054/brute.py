# Tries every fragment s[l..r] and checks whether all its letters are equal to s[l];
# the answer is the length of the longest such fragment.
t = int(input())
for _ in range(t):
    s = input().strip()
    best = 0
    for l in range(len(s)):
        for r in range(l, len(s)):
            if all(s[k] == s[l] for k in range(l, r + 1)):
                best = max(best, r - l + 1)
    print(best)
