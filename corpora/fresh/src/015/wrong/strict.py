"""Gives medals only to times strictly less than twice the winner's time."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    m = min(a)
    print(sum(1 for x in a if x < 2 * m))
