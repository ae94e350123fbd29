# Record every cell the robot stands in after each command in a set.
t = int(input())
for _ in range(t):
    n, m, p = map(int, input().split())
    s = input().strip()
    seen = {p}
    cur = p
    for c in s:
        nxt = cur - 1 if c == "L" else cur + 1
        if 1 <= nxt <= m:
            cur = nxt
        seen.add(cur)
    print(len(seen))
