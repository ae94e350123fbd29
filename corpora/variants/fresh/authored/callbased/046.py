def solve(l: int, r: int, k: int) -> int:
    """The number of lighthouse flashes Bob sees.

    l: the first second Bob looks at the lighthouse (1 <= l <= r).
    r: the last second Bob looks at the lighthouse (r <= 10^18).
    k: the lighthouse flashes at seconds k, 2k, 3k, ... and not at second 0
       (1 <= k <= 10^18).
    Returns: the number of flashes at seconds from l to r inclusive.
    """
    return r // k - (l - 1) // k


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        l, r, k = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        out.append(solve(l, r, k))
    print("\n".join(map(str, out)))


main()
