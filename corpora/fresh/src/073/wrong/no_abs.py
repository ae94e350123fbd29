"""Assumes that (x1, y1) is the lower left corner and (x2, y2) the upper right one."""
t = int(input())
for _ in range(t):
    x1, y1, x2, y2 = map(int, input().split())
    w, h = x2 - x1, y2 - y1
    if w == 0 or h == 0:
        print(w + h + 1)
    else:
        print(2 * (w + h))
