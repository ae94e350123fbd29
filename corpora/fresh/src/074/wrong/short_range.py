"""Off by one: never counts the largest squares, of size min(n, m)."""
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    print(sum((n - k + 1) * (m - k + 1) for k in range(1, min(n, m))))
