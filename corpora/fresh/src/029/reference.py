import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        T = []
        H = []
        for _ in range(n):
            ti, k = int(data[pos]), int(data[pos + 1])
            h = 0
            for j in data[pos + 2 : pos + 2 + k]:
                h |= 1 << (int(j) - 1)
            pos += 2 + k
            T.append(ti)
            H.append(h)
        full = 1 << n
        INF = float("inf")
        dp = [INF] * full  # dp[mask]: least total time to repair exactly the machines of mask
        dp[0] = 0
        items = [(1 << i, T[i], H[i]) for i in range(n)]
        for mask in range(full - 1):
            d = dp[mask]
            for bit, ti, h in items:
                if not mask & bit:
                    c = ti >> (mask & h).bit_count()
                    nd = d + (c if c > 0 else 1)
                    if nd < dp[mask | bit]:
                        dp[mask | bit] = nd
        out.append(dp[full - 1])
    print("\n".join(map(str, out)))


main()
