"""Requires the total weight to be strictly less than W."""
t = int(input())
for _ in range(t):
    n, k, cap = map(int, input().split())
    w = list(map(int, input().split()))
    trips, people, weight = 0, k, 0
    for x in w:
        if people + 1 > k or weight + x >= cap:
            trips += 1
            people, weight = 0, 0
        people += 1
        weight += x
    print(trips)
