"""Puts each new lamp right at the first dark position instead of k positions further."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    s = input().strip()
    lit = [False] * (n + 1)
    diff = [0] * (n + 2)
    for j in range(n):
        if s[j] == "1":
            diff[max(0, j - k)] += 1
            diff[min(n, j + k + 1)] -= 1
    cur = 0
    for i in range(n):
        cur += diff[i]
        lit[i] = cur > 0
    added = 0
    until = -1
    for i in range(n):
        if lit[i] or i <= until:
            continue
        added += 1
        until = i + k
    print(added)
