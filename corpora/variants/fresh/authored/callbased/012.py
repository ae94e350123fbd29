def solve(n: int, k: int) -> int:
    """The minimum number of minutes Timur needs to make the company ready for the parade.

    n: the number of soldiers (1 <= n <= 10^9).
    k: the size of a row (1 <= k <= 10^9).
    Returns: the minimum number of minutes after which the number of soldiers is a
       positive multiple of k.
    """
    if n < k:
        return k - n
    r = n % k
    return min(r, k - r)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        out.append(solve(int(data[1 + 2 * i]), int(data[2 + 2 * i])))
    print("\n".join(map(str, out)))


main()
