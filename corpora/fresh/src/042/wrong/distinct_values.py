"""Counts pairs of distinct values instead of pairs of cards."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = sorted(set(map(int, input().split())))
    odd = sum(x % 2 for x in a)
    even = len(a) - odd
    print(odd * (odd - 1) // 2 + even * (even - 1) // 2)
