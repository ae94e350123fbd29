import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    inf = float("inf")
    for _ in range(t):
        n, k, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        price = [[int(v) for v in data[pos : pos + n]], [int(v) for v in data[pos + n : pos + 2 * n]]]
        pos += 2 * n
        pre = []
        for p in price:
            s = [0] * (n + 1)
            for i in range(n):
                s[i + 1] = s[i] + p[i]
            pre.append(s)
        # f[s][i]: cheapest plan for days 1..i whose last period (at shop s) ends on day i and
        # already lasts at least k days
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
        out.append(min(f[0][n], f[1][n]))
    print("\n".join(map(str, out)))


main()
