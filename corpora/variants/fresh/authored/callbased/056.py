def solve(a: list[int]) -> int:
    """The final mark of a dive.

    a: the scores shown by the judges (1 <= len(a) <= 100, 1 <= a[i] <= 100).
    Returns: the sum of the scores that remain after discarding every score equal to the
    highest score and every score equal to the lowest score (all copies of each); 0 if no
    score remains.
    """
    lo, hi = min(a), max(a)
    return sum(x for x in a if lo < x < hi)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(solve(a))
    print("\n".join(map(str, out)))


main()
