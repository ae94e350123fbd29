def solve(S: int, a: list[int]) -> int:
    """The number of rentals Vasya can afford.

    S: the number of Vasya's coins (0 <= S <= 4*10^9).
    a: a[i - 1] is the price of day i (1 <= len(a) <= 4*10^4, 1 <= a[i] <= 10^5).
    Returns: the number of pairs (l, r) with 1 <= l <= r <= len(a) such that the
       rental of days l..r, which costs the sum of its prices minus the largest of
       them, costs at most S coins.
    """
    from collections import deque
    n = len(a)
    dq = deque()
    l = 0
    window = 0
    total = 0
    for r in range(n):
        x = a[r]
        window += x
        while dq and a[dq[-1]] <= x:
            dq.pop()
        dq.append(r)
        while window - a[dq[0]] > S:
            window -= a[l]
            if dq[0] == l:
                dq.popleft()
            l += 1
        total += r - l + 1
    return total


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, S = int(data[pos]), int(data[pos + 1])
        a = list(map(int, data[pos + 2 : pos + 2 + n]))
        pos += 2 + n
        out.append(solve(S, a))
    print("\n".join(map(str, out)))


main()
