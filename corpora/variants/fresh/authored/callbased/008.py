def solve(d: int, B: int, x: list[int], c: list[int]) -> int:
    """The largest number of consecutive shops Nastya can visit.

    d: the longest allowed walk in metres (0 <= d <= 10^9).
    B: Nastya's coins (0 <= B <= 10^9).
    x: the positions of the shops in metres, strictly increasing
       (1 <= len(x) <= 1.5*10^4, 1 <= x[i] <= 10^9).
    c: the prices of the souvenirs, c[i] in the shop at position x[i]
       (len(c) == len(x), 1 <= c[i] <= 10^4).
    Returns: the largest number of consecutive shops in a group whose walk is at
       most d and whose prices, without the largest one, sum to at most B.
    """
    from collections import deque
    n = len(x)
    best = 0
    l = 0
    total = 0
    mx = deque()
    for r in range(n):
        total += c[r]
        while mx and c[mx[-1]] <= c[r]:
            mx.pop()
        mx.append(r)
        while x[r] - x[l] > d or total - c[mx[0]] > B:
            total -= c[l]
            if mx[0] == l:
                mx.popleft()
            l += 1
        if r - l + 1 > best:
            best = r - l + 1
    return best


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, d, b = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        x = [int(v) for v in data[pos : pos + n]]
        pos += n
        c = [int(v) for v in data[pos : pos + n]]
        pos += n
        out.append(solve(d, b, x, c))
    print("\n".join(map(str, out)))


main()
