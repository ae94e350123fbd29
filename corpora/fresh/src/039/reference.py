import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, c, d = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        g = [int(x) for x in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        cnt1 = [0] * (n + 1)  # counts in [l, r1]: the longest window with all counts <= c
        cnt2 = [0] * (n + 1)  # counts in [l, r2): the shortest window with >= d genres
        r1 = -1
        r2 = 0
        distinct = 0
        total = 0
        for l in range(n):
            while r1 + 1 < n and cnt1[g[r1 + 1]] < c:
                r1 += 1
                cnt1[g[r1]] += 1
            while r2 < n and distinct < d:
                x = g[r2]
                if cnt2[x] == 0:
                    distinct += 1
                cnt2[x] += 1
                r2 += 1
            if distinct >= d and r1 >= r2 - 1:
                total += r1 - r2 + 2
            x = g[l]
            cnt1[x] -= 1
            cnt2[x] -= 1
            if cnt2[x] == 0:
                distinct -= 1
        out.append(total)
    print("\n".join(map(str, out)))


main()
