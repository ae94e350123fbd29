def solve(s: int, a: list[int]) -> int:
    """The largest number of stickers Monocarp can buy.

    s: the number of coins Monocarp has (1 <= s <= 10^9); the total price of
       the stickers he buys must not exceed s.
    a: the prices in coins of the stickers on sale, one copy of each sticker
       (1 <= len(a) <= 50, 1 <= a[i] <= 10^6).
    Returns: the maximum number of stickers Monocarp can buy (possibly 0).
    """
    count = 0
    spent = 0
    for price in sorted(a):
        if spent + price > s:
            break
        spent += price
        count += 1
    return count


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
