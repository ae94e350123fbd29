def solve(m: int, p: int, s: str) -> int:
    """The number of different cells the robot vacuum has been in.

    m: the number of cells of the corridor, numbered 1 to m from left to right.
    p: the cell the robot starts in (1 <= p <= m <= 10^9).
    s: the program, a string of 1 to 100 commands L (one cell to the left) and R (one
       cell to the right), executed in order; a command that would take the robot out
       of the corridor (L in cell 1, R in cell m) is skipped.
    Returns: the number of different cells the robot has been in, counting cell p.
    """
    lo = hi = cur = p
    for c in s:
        if c == "L" and cur > 1:
            cur -= 1
        elif c == "R" and cur < m:
            cur += 1
        lo = min(lo, cur)
        hi = max(hi, cur)
    return hi - lo + 1


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        m, p = int(data[pos + 1]), int(data[pos + 2])
        s = data[pos + 3]
        pos += 4
        out.append(solve(m, p, s))
    print("\n".join(map(str, out)))


main()
