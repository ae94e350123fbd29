# Simulate the month minute by minute under each plan and add up what Vasya pays.
t = int(input())
for _ in range(t):
    m, p, f, k, q = map(int, input().split())
    first = 0
    second = f
    for minute in range(1, m + 1):
        first += p
        if minute > k:
            second += q
    print(first if first < second else second)
