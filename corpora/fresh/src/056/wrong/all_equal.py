"""Subtracts all copies of the highest and of the lowest score, twice when they coincide."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    hi, lo = max(a), min(a)
    print(sum(a) - a.count(hi) * hi - a.count(lo) * lo)
