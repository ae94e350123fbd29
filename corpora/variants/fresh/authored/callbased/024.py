def solve(n: int, m: int, k: int) -> int:
    """The number of plots of the field that no goat can reach.

    n: the number of rows (1 <= n <= 10^9).
    m: the number of columns (1 <= m <= 10^9).
    k: how many plots deep the goats reach over the fence (1 <= k <= 10^9).
    Returns: the number of plots (i, j) with k < i <= n - k and k < j <= m - k, or 0
       if there are none.
    """
    return max(0, n - 2 * k) * max(0, m - 2 * k)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, m, k = (int(x) for x in data[1 + 3 * i : 4 + 3 * i])
        out.append(solve(n, m, k))
    print("\n".join(map(str, out)))


main()
