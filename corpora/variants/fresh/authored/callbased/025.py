def weight(word: str) -> int:
    return sum(ord(ch) - 96 for ch in word)


def solve(s: str, p: str) -> str:
    """The winner of one round of the word game.

    s: Nastya's word (lowercase English letters, 1 <= len(s) <= 50).
    p: Petya's word (lowercase English letters, 1 <= len(p) <= 50).
    Returns: "NASTYA" if the weight of s is greater than the weight of p, "PETYA" if
       the weight of p is greater than the weight of s, and "DRAW" if they are equal.
    """
    ws, wp = weight(s), weight(p)
    return "NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        out.append(solve(data[1 + 2 * i], data[2 + 2 * i]))
    print("\n".join(out))


main()
