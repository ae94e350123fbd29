"""Counts one extra minute too many: minute k itself is charged as extra."""
t = int(input())
for _ in range(t):
    m, p, f, k, q = map(int, input().split())
    extra = m - k + 1 if m >= k else 0
    print(min(m * p, f + extra * q))
