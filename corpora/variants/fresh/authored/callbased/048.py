def solve(s: str) -> str:
    """Find the favourite letter of Monocarp's word and how often it occurs.

    s: the word, lowercase English letters (1 <= len(s) <= 100).
    Returns: the favourite letter of s (the letter occurring in s the largest number
       of times; among several such letters, the one that comes first in the English
       alphabet) and the number of its occurrences in s, as one string "c k" with a
       single space, e.g. "a 3".
    """
    cnt = [0] * 26
    for c in s:
        cnt[ord(c) - 97] += 1
    best = max(range(26), key=lambda k: (cnt[k], -k))
    return f"{chr(97 + best)} {cnt[best]}"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + i]) for i in range(t)]
    print("\n".join(out))


main()
