def solve(a: list[int]) -> int:
    """The largest possible number of candles burning during one minute of the show.

    a: the lengths of the candles in minutes (1 <= len(a) <= 3*10^4, 1 <= a[i] <= 10^5).
    Returns: the maximum number of candles that can burn during the same minute.
    """
    n = len(a)
    b = sorted(a, reverse=True)
    best = 0
    low = 10**18
    for k in range(1, n + 1):
        v = b[k - 1] + k - 1
        if v < low:
            low = v
        if low >= k:
            best = k
        else:
            break
    return best


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
