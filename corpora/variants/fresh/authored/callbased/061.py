def solve(s: int, a: list[int]) -> int:
    """The number of most recent days whose coins Bob needs for the present.

    s: the price of the present in coins (1 <= s <= 10^9).
    a: the coins Bob put into the piggy bank on each day, oldest day first; the last
       element is yesterday (1 <= len(a) <= 100, 1 <= a[i] <= 1000).
    Returns: the smallest k (1 <= k <= len(a)) such that the coins of the last k days add
    up to at least s, or -1 if all days together give less than s coins.
    """
    n = len(a)
    total = 0
    for k in range(1, n + 1):
        total += a[n - k]
        if total >= s:
            return k
    return -1


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, s = int(data[pos]), int(data[pos + 1])
        a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        out.append(solve(s, a))
    print("\n".join(map(str, out)))


main()
