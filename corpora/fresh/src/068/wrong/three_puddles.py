"""Thinks a jump clears two tiles, so only three puddles in a row block the way."""
t = int(input())
for _ in range(t):
    n = int(input())
    s = input().strip()
    if "***" in s:
        print(-1)
        continue
    cur, moves = 0, 0
    while cur < n - 1:
        cur = cur + 2 if cur + 2 <= n - 1 and s[cur + 2] == "." else cur + 1
        moves += 1
    print(moves)
