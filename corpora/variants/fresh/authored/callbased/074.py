def solve(n: int, m: int) -> int:
    """Count the different squares that can be outlined on a piece of squared paper.

    Every square has its sides on the lines of the paper, consists of k x k
    whole cells for some integer k >= 1 and lies completely on the paper. Two
    squares are different if they do not consist of the same set of cells;
    squares may overlap or lie inside each other.

    n: the height of the paper in cells (1 <= n <= 100).
    m: the width of the paper in cells (1 <= m <= 100).
    Returns: the number of different squares.
    """
    return sum((n - k + 1) * (m - k + 1) for k in range(1, min(n, m) + 1))


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        out.append(solve(int(data[1 + 2 * i]), int(data[2 + 2 * i])))
    print("\n".join(map(str, out)))


main()
