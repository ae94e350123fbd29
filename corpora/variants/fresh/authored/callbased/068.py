def solve(s: str) -> int:
    """The smallest number of moves Monocarp needs to get from tile 1 to tile n.

    s: the path, a string of length n (1 <= n <= 100) of the characters "*" and ".";
       s[i - 1] is "*" if tile i is covered with a puddle and "." if it is dry. The
       first and the last tiles are dry.
    Returns: the smallest number of moves from tile 1 to tile n, where a move goes
       from tile i to tile i + 1 or to tile i + 2 (over tile i + 1, whatever covers
       it), never past tile n and never onto a puddle; -1 if tile n cannot be reached.
    """
    if "**" in s:
        return -1
    n = len(s)
    cur, moves = 0, 0
    while cur < n - 1:
        cur = cur + 2 if cur + 2 <= n - 1 and s[cur + 2] == "." else cur + 1
        moves += 1
    return moves


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s = data[2 + 2 * i]
        out.append(solve(s))
    print("\n".join(map(str, out)))


main()
