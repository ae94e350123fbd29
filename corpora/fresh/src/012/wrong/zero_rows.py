"""Forgets that at least one row is needed: allows sending everybody home when n < k."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    r = n % k
    print(min(r, k - r))
