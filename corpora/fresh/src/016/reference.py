import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        g = data[pos + 1 : pos + 1 + n]
        l = [int(x) for x in data[pos + 1 + n : pos + 1 + 2 * n]]
        pos += 1 + 2 * n
        cnt = {}
        for x in g:
            cnt[x] = cnt.get(x, 0) + 1
        top = max(cnt, key=cnt.get)
        rest = n - cnt[top]
        if cnt[top] <= rest + 1:
            out.append(sum(l))
            continue
        # Only the most frequent genre can be too frequent; keep its rest + 1 longest songs.
        mine = sorted((l[i] for i in range(n) if g[i] == top), reverse=True)
        other = sum(l) - sum(mine)
        out.append(other + sum(mine[: rest + 1]))
    print("\n".join(map(str, out)))


main()
