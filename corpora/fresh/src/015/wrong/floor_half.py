"""Compares half of each time, rounded down, with the winner's time (counts 2m + 1 as well)."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    m = min(a)
    print(sum(1 for x in a if x // 2 <= m))
