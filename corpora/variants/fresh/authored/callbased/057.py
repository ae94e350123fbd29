def solve(h: list[int]) -> int:
    """The number of metres Timur's watch shows at the last checkpoint.

    h: the heights of the checkpoints in the order Timur passes them
       (1 <= len(h) <= 50, 1 <= h[i] <= 10^6).
    Returns: the total climb: for every two consecutive checkpoints where the next one is
    higher, the difference of their heights; parts of the trail that do not go up add 0.
    """
    return sum(max(0, h[i + 1] - h[i]) for i in range(len(h) - 1))


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        h = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(solve(h))
    print("\n".join(map(str, out)))


main()
