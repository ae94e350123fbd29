"""Puts in enough coins for all payments, ignoring the coins received during the day."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    print(sum(-v for v in a if v < 0))
