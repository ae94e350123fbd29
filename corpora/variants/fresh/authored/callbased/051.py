def solve(s: str, p: str) -> int:
    """Count the appearances of Polycarp's favourite syllable in a word.

    s: the word written by Monocarp, lowercase English letters.
    p: the syllable, lowercase English letters (1 <= len(p) <= len(s) <= 100).
    Returns: the number of positions i of s such that the len(p) consecutive letters
       of s starting at position i are exactly p; appearances may overlap (for
       example, "aa" appears in "aaa" twice).
    """
    count = 0
    pos = s.find(p)
    while pos != -1:
        count += 1
        pos = s.find(p, pos + 1)
    return count


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + 2 * i], data[2 + 2 * i]) for i in range(t)]
    print("\n".join(map(str, out)))


main()
