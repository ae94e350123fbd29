def solve(s: str) -> int:
    """Find the excitement of Nastya's message.

    s: the message, lowercase English letters (1 <= len(s) <= 100).
    Returns: the length of the longest block of consecutive positions of s that all
       hold the same letter.
    """
    best = cur = 1
    for j in range(1, len(s)):
        cur = cur + 1 if s[j] == s[j - 1] else 1
        best = max(best, cur)
    return best


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + i]) for i in range(t)]
    print("\n".join(map(str, out)))


main()
