def solve(s: str, p: str) -> int:
    """Find the strength of the rhyme between two words of Alice's poem.

    s: the word ending one line, lowercase English letters (1 <= len(s) <= 100).
    p: the word ending the other line, lowercase English letters (1 <= len(p) <= 100).
    Returns: the largest integer k such that the last k letters of s are the same as
       the last k letters of p, in the same order; k never exceeds the length of
       either word, and it is 0 if the words end with different letters.
    """
    k = 0
    while k < len(s) and k < len(p) and s[-1 - k] == p[-1 - k]:
        k += 1
    return k


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + 2 * i], data[2 + 2 * i]) for i in range(t)]
    print("\n".join(map(str, out)))


main()
