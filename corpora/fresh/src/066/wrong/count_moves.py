"""Counts the starting cell plus one cell per executed command, counting revisited cells again."""
t = int(input())
for _ in range(t):
    n, m, p = map(int, input().split())
    s = input().strip()
    cur, cells = p, 1
    for c in s:
        nxt = cur - 1 if c == "L" else cur + 1
        if 1 <= nxt <= m:
            cur = nxt
            cells += 1
    print(cells)
