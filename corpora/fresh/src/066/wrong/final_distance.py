"""Answers the distance between the starting and the final cell plus one."""
t = int(input())
for _ in range(t):
    n, m, p = map(int, input().split())
    s = input().strip()
    cur = p
    for c in s:
        nxt = cur - 1 if c == "L" else cur + 1
        if 1 <= nxt <= m:
            cur = nxt
    print(abs(cur - p) + 1)
