"""Marks the cells lit by every lamp one by one: O(n * k), too slow for large k and many lamps."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    s = input().strip()
    lit = [False] * n
    for j in range(n):
        if s[j] == "1":
            for i in range(max(0, j - k), min(n, j + k + 1)):
                lit[i] = True
    added = 0
    for i in range(n):
        if not lit[i]:
            added += 1
            for x in range(i, min(n, i + 2 * k + 1)):
                lit[x] = True
    print(added)
