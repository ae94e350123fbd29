def solve(k: int, a: list[int]) -> int:
    """The length of Monocarp's best streak of good days.

    k: a day is good if Monocarp solved at least k problems on it (1 <= k <= 100).
    a: the number of problems he solved on each day, in order
       (1 <= len(a) <= 100, 0 <= a[i] <= 100).
    Returns: the largest number of consecutive days that are all good; 0 if no day is good.
    """
    best = run = 0
    for x in a:
        run = run + 1 if x >= k else 0
        best = max(best, run)
    return best


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        out.append(solve(k, a))
    print("\n".join(map(str, out)))


main()
