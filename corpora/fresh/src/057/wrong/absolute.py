"""Counts the metres going down as well."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    print(sum(abs(h[i + 1] - h[i]) for i in range(n - 1)))
