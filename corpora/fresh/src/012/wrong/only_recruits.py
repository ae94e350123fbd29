"""Misreads the statement: only calls recruits, never sends soldiers home."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    print((k - n % k) % k)
