"""Discards all copies of the highest score but only one lowest score."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    hi = max(a)
    rest = [x for x in a if x != hi]
    print(sum(rest) - min(rest) if rest else 0)
