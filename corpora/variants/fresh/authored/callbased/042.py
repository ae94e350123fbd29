def solve(a: list[int]) -> int:
    """The number of lucky pairs among Alice's cards.

    a: the numbers written on the cards, one element per card; different cards may
       show equal numbers (2 <= len(a) <= 2000, 1 <= a[i] <= 10^9).
    Returns: the number of unordered pairs of two different cards whose numbers have
       an even sum.
    """
    odd = sum(1 for x in a if x % 2 == 1)
    even = len(a) - odd
    return odd * (odd - 1) // 2 + even * (even - 1) // 2


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
