def solve(maze: list[str]) -> int:
    """The earliest moment at which Bob can stand in the exit cell T.

    maze: the rows of the maze from top to bottom, all of the same length; each
       character is one of . # A B S T, and there is exactly one S and exactly one T
       (2 <= number of cells <= 10^5).
    Returns: the earliest moment at which Bob can be in cell T, or -1 if it is
       impossible.
    """
    m = len(maze[0])
    w = m + 2
    grid = b"#" * w + b"".join(b"#" + r.encode() + b"#" for r in maze) + b"#" * w
    start = grid.index(b"S")
    target = grid.index(b"T")
    free0 = bytearray(grid.translate(bytes.maketrans(b".#ABST", b"\x01\x00\x01\x00\x01\x01")))
    free1 = bytearray(grid.translate(bytes.maketrans(b".#ABST", b"\x01\x00\x00\x01\x01\x01")))
    free = (free0, free1)
    free0[start] = 0
    frontier = [start]
    parity = 0
    time = 0
    while frontier:
        if not free[parity][target] and (target in frontier):
            return time
        parity ^= 1
        fr = free[parity]
        nxt = []
        push = nxt.append
        for v in frontier:
            for u in (v, v - w, v + w, v - 1, v + 1):
                if fr[u]:
                    fr[u] = 0
                    push(u)
        frontier = nxt
        time += 1
    return -1


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        rows = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        out.append(solve(rows))
    print("\n".join(map(str, out)))


main()
