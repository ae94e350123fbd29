def solve(s: str) -> int:
    """The number of echoes of the tape.

    s: the string printed on the tape (lowercase Latin letters,
       1 <= len(s) <= 2*10^5).
    Returns: the number of pairs (l, r) with 1 <= l < r <= len(s), s_l = s_r and
       r - l + 1 even (letters numbered from 1).
    """
    even = s[0::2]
    odd = s[1::2]
    total = 0
    for c in set(s):
        total += even.count(c) * odd.count(c)
    return total


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(1, t + 1):
        out.append(solve(data[i]))
    print("\n".join(map(str, out)))


main()
