# Check every piece directly.
t = int(input())
for _ in range(t):
    s = input().strip()
    n = len(s)
    cnt = 0
    for l in range(n):
        for r in range(l + 1, n, 2):
            if s[l] == s[r]:
                cnt += 1
    print(cnt)
