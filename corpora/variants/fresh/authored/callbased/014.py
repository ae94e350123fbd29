def solve(p: list[int], c: list[int]) -> int:
    """The minimum total number of coins Monocarp pays for all items.

    p: the prices of the items (1 <= len(p) <= 2*10^4, 1 <= p[i] <= 10^9).
    c: the values of the coupons (1 <= len(c) <= 2*10^4, 1 <= c[j] <= 10^9).
    Returns: the minimum total price of all items, each coupon used at most once and
       at most one coupon per item.
    """
    ps = sorted(p, reverse=True)
    cs = sorted(c, reverse=True)
    saved = sum(min(a, b) for a, b in zip(ps, cs))
    return sum(ps) - saved


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        p = [int(x) for x in data[pos : pos + n]]
        pos += n
        c = [int(x) for x in data[pos : pos + m]]
        pos += m
        out.append(solve(p, c))
    print("\n".join(map(str, out)))


main()
