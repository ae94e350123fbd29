def solve(x: int, y: int, k: int) -> str:
    """Decide whether the robot can end its walk at the point (x, y).

    The robot starts at (0, 0); one move takes it from (a, b) to (a+1, b),
    (a-1, b), (a, b+1) or (a, b-1), and it never stays in place. It makes
    exactly k moves and may visit any point any number of times.

    x, y: the coordinates of the target point (-100 <= x, y <= 100).
    k: the number of moves the robot makes (1 <= k <= 1000).
    Returns: "YES" if the robot can be at (x, y) right after its k-th move,
       and "NO" otherwise.
    """
    d = abs(x) + abs(y)
    return "YES" if d <= k and (k - d) % 2 == 0 else "NO"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x, y, k = (int(v) for v in data[1 + 3 * i : 4 + 3 * i])
        out.append(solve(x, y, k))
    print("\n".join(out))


main()
