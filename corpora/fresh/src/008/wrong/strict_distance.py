"""Requires the distance between the first and the last shop to be strictly less than d."""
from collections import deque

t = int(input())
for _ in range(t):
    n, d, budget = map(int, input().split())
    x = list(map(int, input().split()))
    c = list(map(int, input().split()))
    best = 0
    l = 0
    total = 0
    mx = deque()
    for r in range(n):
        total += c[r]
        while mx and c[mx[-1]] <= c[r]:
            mx.pop()
        mx.append(r)
        while l < r and (x[r] - x[l] >= d or total - c[mx[0]] > budget):
            total -= c[l]
            if mx[0] == l:
                mx.popleft()
            l += 1
        best = max(best, r - l + 1)
    print(best)
