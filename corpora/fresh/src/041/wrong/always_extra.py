"""Rounds up by always adding one tent per group, even when the group fills its tents exactly or is empty."""
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(n // k + 1 + m // k + 1)
