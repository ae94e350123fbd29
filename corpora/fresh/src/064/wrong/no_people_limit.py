"""Forgets the limit of k people and only checks the weight."""
t = int(input())
for _ in range(t):
    n, k, cap = map(int, input().split())
    w = list(map(int, input().split()))
    trips, weight = 0, cap + 1
    for x in w:
        if weight + x > cap:
            trips += 1
            weight = 0
        weight += x
    print(trips)
