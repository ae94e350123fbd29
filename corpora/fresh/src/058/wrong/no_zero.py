"""Takes the lowest balance after an operation, forgetting that x cannot be negative."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    balance = 0
    lowest = a[0]
    for v in a:
        balance += v
        lowest = min(lowest, balance)
    print(-lowest)
