"""Lets a student further back board when the student at the front does not fit."""
t = int(input())
for _ in range(t):
    n, k, cap = map(int, input().split())
    queue = list(map(int, input().split()))
    trips = 0
    while queue:
        trips += 1
        people, weight, rest = 0, 0, []
        for x in queue:
            if people < k and weight + x <= cap:
                people += 1
                weight += x
            else:
                rest.append(x)
        queue = rest
    print(trips)
