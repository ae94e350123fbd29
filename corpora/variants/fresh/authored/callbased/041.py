def solve(n: int, m: int, k: int) -> int:
    """The minimum number of tents Monocarp has to put up.

    n: the number of boys (0 <= n <= 10^9).
    m: the number of girls (0 <= m <= 10^9, n + m >= 1).
    k: the number of children a tent has room for at most (1 <= k <= 10^9).
    Returns: the minimum number of tents such that every child sleeps in a tent, no
       tent holds more than k children, and no tent holds both a boy and a girl.
    """
    return (n + k - 1) // k + (m + k - 1) // k


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, m, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        out.append(solve(n, m, k))
    print("\n".join(map(str, out)))


main()
