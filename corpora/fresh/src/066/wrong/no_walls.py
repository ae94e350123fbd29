"""Forgets the ends of the corridor: the robot never skips a command."""
t = int(input())
for _ in range(t):
    n, m, p = map(int, input().split())
    s = input().strip()
    seen = {p}
    cur = p
    for c in s:
        cur += -1 if c == "L" else 1
        seen.add(cur)
    print(len(seen))
