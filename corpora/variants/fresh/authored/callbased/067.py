def solve(T: int, x: int, d: list[int]) -> str:
    """The result of the blitz game between Timur and Marina.

    T: the starting time on each player's clock, in seconds (1 <= T <= 10^9).
    x: the bonus in seconds added to a player's clock after each move they finish
       (0 <= x <= 10^9).
    d: d[i - 1] is the duration of move i in seconds (1 <= len(d) <= 100,
       1 <= d[i] <= 10^9); Timur makes moves 1, 3, 5, ..., Marina makes moves
       2, 4, 6, ...
    Returns: "First" if Timur wins, "Second" if Marina wins, or "Draw". A player
       whose move takes strictly more seconds than are left on their clock loses at
       once; otherwise the duration is subtracted (the time left may become 0) and
       then x seconds are added. If all moves are made, the game is a draw.
    """
    clock = [T, T]
    names = ("First", "Second")
    for i, dur in enumerate(d):
        p = i % 2
        if dur > clock[p]:
            return names[1 - p]
        clock[p] += x - dur
    return "Draw"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, start, bonus = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        d = [int(v) for v in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        out.append(solve(start, bonus, d))
    print("\n".join(out))


main()
