def solve(a: int, b: int) -> int:
    """Find the maximum number of square frames with side length 2.

    Each of the four sides of a frame is either one stick of length 2 or two
    sticks of length 1 laid end to end; sides of one frame may be made in
    different ways. Sticks cannot be broken, every stick is used in at most
    one frame, and some sticks may remain unused.

    a: the number of sticks of length 1 (0 <= a <= 10^9).
    b: the number of sticks of length 2 (0 <= b <= 10^9).
    Returns: the maximum number of frames that can be made.
    """
    return (b + a // 2) // 4


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        out.append(solve(int(data[1 + 2 * i]), int(data[2 + 2 * i])))
    print("\n".join(map(str, out)))


main()
