def solve(s: str) -> str:
    """The string Alice obtains by changing at most one letter of s.

    s: a string of lowercase English letters (1 <= len(s) <= 50).
    Alice may choose at most one position of s and replace the letter there with
    any lowercase English letter, or change nothing; the length stays the same.
    Of two different strings of the same length, the one that comes earlier in
    dictionary order has the letter closer to the beginning of the alphabet at
    the first position where they differ.
    Returns: the string, among all that Alice can obtain, that comes earliest in
       dictionary order.
    """
    i = 0
    while i < len(s) and s[i] == "a":
        i += 1
    if i < len(s):
        s = s[:i] + "a" + s[i + 1 :]
    return s


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(solve(s) for s in data[1 : 1 + t]))


main()
