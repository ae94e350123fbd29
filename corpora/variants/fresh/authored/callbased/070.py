def solve(r1: int, c1: int, r2: int, c2: int, r3: int, c3: int, r4: int, c4: int) -> int:
    """Count the cells painted at least once by two rectangles on squared paper.

    Rows and columns are numbered from 1; the cell (r, c) lies in row r and
    column c. The first rectangle is painted over all cells (r, c) with
    r1 <= r <= r2 and c1 <= c <= c2, the second over all cells with
    r3 <= r <= r4 and c3 <= c <= c4. The rectangles may overlap, touch, lie
    one inside the other or coincide.

    r1, c1, r2, c2: the first rectangle (1 <= r1 <= r2 <= 10^9, 1 <= c1 <= c2 <= 10^9).
    r3, c3, r4, c4: the second rectangle (1 <= r3 <= r4 <= 10^9, 1 <= c3 <= c4 <= 10^9).
    Returns: the number of cells that belong to at least one of the rectangles.
    """
    first = (r2 - r1 + 1) * (c2 - c1 + 1)
    second = (r4 - r3 + 1) * (c4 - c3 + 1)
    rows = max(0, min(r2, r4) - max(r1, r3) + 1)
    cols = max(0, min(c2, c4) - max(c1, c3) + 1)
    return first + second - rows * cols


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    pos = 1
    for _ in range(t):
        vals = [int(v) for v in data[pos : pos + 8]]
        pos += 8
        out.append(solve(*vals))
    print("\n".join(map(str, out)))


main()
