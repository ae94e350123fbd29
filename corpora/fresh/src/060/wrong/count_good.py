"""Counts all good days, consecutive or not."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    a = list(map(int, input().split()))
    print(sum(1 for x in a if x >= k))
