def solve(k: int, c: int, a: list[int], b: list[int]) -> int:
    """The minimum total amount Monocarp spends on coffee and fees over the n days.

    k: the shortest allowed period, in days (1 <= k <= len(a)).
    c: the cancellation fee paid at each move from one shop to the other
       (0 <= c <= 10^9).
    a: a[i - 1] is the price of a cup in Aroma on day i (1 <= len(a) <= 1.5*10^4,
       1 <= a[i] <= 10^6).
    b: b[i - 1] is the price of a cup in Bruno on day i (len(b) == len(a),
       1 <= b[i] <= 10^6).
    Returns: the minimum total cost of an allowed plan.
    """
    n = len(a)
    inf = float("inf")
    price = [a, b]
    pre = []
    for p in price:
        s = [0] * (n + 1)
        for i in range(n):
            s[i + 1] = s[i] + p[i]
        pre.append(s)
    f = [[inf] * (n + 1) for _ in range(2)]
    for s in range(2):
        f[s][k] = pre[s][k]
    for i in range(k + 1, n + 1):
        for s in range(2):
            best = f[s][i - 1] + price[s][i - 1]
            j = i - k
            other = f[1 - s][j]
            if other != inf:
                cand = other + c + pre[s][i] - pre[s][j]
                if cand < best:
                    best = cand
            f[s][i] = best
    return min(f[0][n], f[1][n])


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        a = [int(v) for v in data[pos : pos + n]]
        b = [int(v) for v in data[pos + n : pos + 2 * n]]
        pos += 2 * n
        out.append(solve(k, c, a, b))
    print("\n".join(map(str, out)))


main()
