def solve(a: list[int]) -> int:
    """The number of students Vasya will praise.

    a: the scores of the students of the class (1 <= len(a) <= 100, 0 <= a[i] <= 100).
    Returns: the number of students whose score is strictly greater than the average score
    of the class, sum(a) / len(a) (the average does not have to be an integer).
    """
    n = len(a)
    total = sum(a)
    return sum(1 for x in a if x * n > total)


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
