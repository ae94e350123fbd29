def solve(a: list[int]) -> int:
    """The smallest number of coins Polycarp must put into his empty wallet before the day.

    a: the operations in order (1 <= len(a) <= 50, -10^6 <= a[i] <= 10^6, a[i] != 0);
       a[i] > 0 means he receives a[i] coins, a[i] < 0 means he pays -a[i] coins.
    Returns: the smallest non-negative integer x such that, starting with x coins, the
    wallet holds at least 0 coins after each operation.
    """
    balance = 0
    lowest = 0
    for v in a:
        balance += v
        lowest = min(lowest, balance)
    return -lowest


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
