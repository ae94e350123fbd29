"""Discards only one highest and one lowest score."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    if n <= 2:
        print(0)
    else:
        print(sum(a) - max(a) - min(a))
