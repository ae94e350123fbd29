"""Counts a lantern on the edge of a plateau: brighter than one neighbour, equal to the other."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    stops = 0
    for i in range(n):
        left, right = a[i - 1], a[(i + 1) % n]
        if (a[i] > left and a[i] >= right) or (a[i] >= left and a[i] > right):
            stops += 1
    print(stops)
