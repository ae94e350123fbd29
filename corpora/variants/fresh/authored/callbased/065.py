def solve(n: int, k: int) -> str:
    """The winner of the game with the golden candy.

    n: the number of candies in the row, numbered 1 to n from left to right.
    k: the number of the golden candy (1 <= k <= n <= 10^9).
    Returns: "First" if Alice wins and "Second" if Bob wins, when both play
       optimally. Alice moves first, then they alternate; a move eats the leftmost or
       the rightmost remaining candy, and the player who eats the golden candy wins.
    """
    if k == 1 or k == n or n % 2 == 0:
        return "First"
    return "Second"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(solve(n, k))
    print("\n".join(out))


main()
