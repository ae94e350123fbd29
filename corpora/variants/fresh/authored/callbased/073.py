def solve(x1: int, y1: int, x2: int, y2: int) -> int:
    """Count the fence posts around a rectangular field.

    The field is a rectangle with sides parallel to the coordinate axes and
    opposite corners (x1, y1) and (x2, y2). A post is placed at every point
    with integer coordinates on the border of the rectangle, the corners
    included. If x1 = x2 or y1 = y2 the field is a segment (or a single
    point), and a post is placed at every point with integer coordinates of it.

    x1, y1, x2, y2: the coordinates of two opposite corners of the field
       (-1000 <= x1, y1, x2, y2 <= 1000).
    Returns: the number of fence posts.
    """
    w, h = abs(x2 - x1), abs(y2 - y1)
    if w == 0 or h == 0:
        return w + h + 1
    return 2 * (w + h)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x1, y1, x2, y2 = (int(v) for v in data[1 + 4 * i : 5 + 4 * i])
        out.append(solve(x1, y1, x2, y2))
    print("\n".join(map(str, out)))


main()
