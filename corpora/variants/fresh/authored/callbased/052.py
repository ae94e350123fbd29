def solve(s: str) -> str:
    """Decide whether Timur's word is fair.

    s: the word, lowercase English letters (1 <= len(s) <= 100).
    Returns: "YES" if every letter that occurs in s occurs the same number of times
       (letters that do not occur in s do not matter), "NO" otherwise.
    """
    counts = {s.count(c) for c in set(s)}
    return "YES" if len(counts) == 1 else "NO"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + i]) for i in range(t)]
    print("\n".join(out))


main()
