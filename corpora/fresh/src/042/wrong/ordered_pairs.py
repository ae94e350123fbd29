"""Counts ordered pairs (i, j) and (j, i) separately."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    odd = sum(x % 2 for x in a)
    even = n - odd
    print(odd * (odd - 1) + even * (even - 1))
