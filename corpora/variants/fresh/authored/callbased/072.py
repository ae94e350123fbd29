def solve(n: int, m: int, garden: list[str]) -> int:
    """Count the places for a 2 x 2 tent in the garden.

    A tent covers two neighbouring cells of one row and the two cells directly
    below them in the next row; it must lie completely inside the garden and
    cover free cells only. Places covering different sets of cells are
    different, and overlapping places are all counted.

    n: the number of rows of the garden (1 <= n <= 50).
    m: the number of columns of the garden (1 <= m <= 50).
    garden: n strings of length m, the rows from top to bottom; '.' is a free
       cell and '#' is a cell with a bush.
    Returns: the number of 2 x 2 squares of the garden that consist of free
       cells only.
    """
    count = 0
    for i in range(n - 1):
        run = 0
        for j in range(m):
            if garden[i][j] == "." and garden[i + 1][j] == ".":
                run += 1
                if run >= 2:
                    count += 1
            else:
                run = 0
    return count


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        garden = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        out.append(solve(n, m, garden))
    print("\n".join(map(str, out)))


main()
