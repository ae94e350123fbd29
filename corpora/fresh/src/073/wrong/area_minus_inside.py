"""Counts all points of the rectangle minus the inner ones, without clamping the inner size at zero."""
t = int(input())
for _ in range(t):
    x1, y1, x2, y2 = map(int, input().split())
    w, h = abs(x2 - x1), abs(y2 - y1)
    print((w + 1) * (h + 1) - (w - 1) * (h - 1))
