def solve(a: list[int]) -> int:
    """The number of finisher's medals Timur has to order.

    a: the finishing times of the runners in minutes (1 <= len(a) <= 100,
       1 <= a[i] <= 10^9).
    Returns: the number of runners whose time is at most twice the smallest time.
    """
    m = min(a)
    return sum(1 for x in a if x <= 2 * m)


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
