# "Push" dynamic programming: every placed letter of the word adds its number of ways to the
# window of positions where the next letter may stand, through a difference array.
import sys

MOD = 998244353
data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    s, p = data[pos + 3], data[pos + 4]
    pos += 5
    if m > n:
        print(0)
        continue
    ways = [1 if s[i] == p[0] else 0 for i in range(n)]
    for j in range(1, m):
        diff = [0] * (n + 1)
        for i in range(n):
            if ways[i]:
                if i + 1 < n:
                    diff[i + 1] += ways[i]
                    diff[min(n, i + k + 1)] -= ways[i]
        nxt = [0] * n
        run = 0
        for i in range(n):
            run += diff[i]
            if s[i] == p[j]:
                nxt[i] = run % MOD
        ways = nxt
    print(sum(ways) % MOD)
