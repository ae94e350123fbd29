def solve(a: int, b: int, c: int, x: int, y: int, z: int) -> int:
    """The maximum number of bowls of salad Polycarp can make.

    a, b, c: the numbers of tomatoes, cucumbers and peppers Polycarp has
       (1 <= a, b, c <= 10^9).
    x, y, z: the numbers of tomatoes, cucumbers and peppers one bowl needs exactly
       (1 <= x, y, z <= 10^9).
    Returns: the maximum number of complete bowls; vegetables cannot be cut or replaced
       by other vegetables, and some may be left over.
    """
    return min(a // x, b // y, c // z)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        a, b, c, x, y, z = (int(v) for v in data[1 + 6 * i : 7 + 6 * i])
        out.append(solve(a, b, c, x, y, z))
    print("\n".join(map(str, out)))


main()
