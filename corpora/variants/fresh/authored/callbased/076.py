def solve(m: int, p: int, f: int, k: int, q: int) -> int:
    """The cheapest way for Vasya to pay for his phone calls this month.

    m: the number of minutes Vasya will talk during the month (1 <= m <= 1000).
    p: the price in coins of each minute with the first plan (1 <= p <= 1000).
    f: the fixed monthly fee in coins of the second plan (1 <= f <= 10^6); it is
       paid in full even if Vasya talks for k minutes or less.
    k: the number of minutes covered by the fee of the second plan (1 <= k <= 1000).
    q: the price in coins of every minute beyond the first k minutes with the
       second plan (1 <= q <= 1000).
    Vasya chooses exactly one of the two plans for the whole month.
    Returns: the minimum number of coins he has to pay.
    """
    return min(m * p, f + max(0, m - k) * q)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        m, p, f, k, q = (int(x) for x in data[1 + 5 * i : 6 + 5 * i])
        out.append(solve(m, p, f, k, q))
    print("\n".join(map(str, out)))


main()
