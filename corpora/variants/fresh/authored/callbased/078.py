def solve(a: list[int]) -> int:
    """The fewest moves that make all of Polycarp's towers equally high.

    a: the heights of the towers in cubes (1 <= len(a) <= 50, 1 <= a[i] <= 100).
    In one move, a tower that has at least two cubes is chosen and exactly two
    cubes are removed from its top; cubes are never added to any tower.
    Returns: the minimum number of moves after which all towers have the same
       height, or -1 if the towers can never have the same height.
    """
    low = min(a)
    if any((x - low) % 2 for x in a):
        return -1
    return sum(x - low for x in a) // 2


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(solve(a))
    print("\n".join(map(str, out)))


main()
