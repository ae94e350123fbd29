"""Covers each dark run of length L with L // (2k + 1) + 1 lamps instead of ceil(L / (2k + 1))."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    s = input().strip()
    diff = [0] * (n + 2)
    for j in range(n):
        if s[j] == "1":
            diff[max(0, j - k)] += 1
            diff[min(n, j + k + 1)] -= 1
    cur = 0
    run = 0
    added = 0
    for i in range(n + 1):
        if i < n:
            cur += diff[i]
        if i < n and cur == 0:
            run += 1
        else:
            if run:
                added += run // (2 * k + 1) + 1
            run = 0
    print(added)
