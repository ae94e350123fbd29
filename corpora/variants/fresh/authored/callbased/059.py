def solve(h: list[int]) -> int:
    """The number of houses with a sea view.

    h: the heights of the houses from west to east; the sea lies east of the last house
       (1 <= len(h) <= 100, 1 <= h[i] <= 1000).
    Returns: the number of houses that are strictly taller than every house east of them
    (the last house always counts).
    """
    tallest_east = 0
    count = 0
    for x in reversed(h):
        if x > tallest_east:
            count += 1
            tallest_east = x
    return count


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
