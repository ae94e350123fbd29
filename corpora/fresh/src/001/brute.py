# Rotate the circle so that every lantern in turn stands in the middle of a window of three.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    tripled = a * 3
    stops = 0
    for i in range(n, 2 * n):
        left, mid, right = tripled[i - 1], tripled[i], tripled[i + 1]
        if mid > left and mid > right:
            stops += 1
    print(stops)
