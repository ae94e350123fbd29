def solve(x: int, y: int, b: list[int]) -> int:
    """The shortest walk for Bob from his house to school past a bakery.

    All places lie on one straight street and are given as coordinates, the
    distance in metres from the beginning of the street; some may coincide.
    x: the coordinate of Bob's house (0 <= x <= 10^6).
    y: the coordinate of Bob's school (0 <= y <= 10^6).
    b: the coordinates of the three bakeries, b[0], b[1] and b[2]
       (len(b) == 3, 0 <= b[i] <= 10^6).
    Bob walks from his house to the school, visits at least one bakery on the
    way, and may walk in both directions and turn around at any point.
    Returns: the minimum number of metres Bob has to walk.
    """
    return min(abs(x - p) + abs(p - y) for p in b)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x, y, *b = (int(v) for v in data[1 + 5 * i : 6 + 5 * i])
        out.append(solve(x, y, b))
    print("\n".join(map(str, out)))


main()
