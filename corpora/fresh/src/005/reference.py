import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        k = int(data[pos + 1])
        s = data[pos + 2]
        pos += 3
        inf = 10**9
        # distance to the nearest working lamp, two passes
        dist = [inf] * n
        last = -inf
        for i in range(n):
            if s[i] == 49:  # '1'
                last = i
            dist[i] = i - last
        last = inf
        for i in range(n - 1, -1, -1):
            if s[i] == 49:
                last = i
            if last - i < dist[i]:
                dist[i] = last - i
        # greedy: the leftmost dark position gets a lamp k positions to its right
        added = 0
        covered_until = -1
        for i in range(n):
            if dist[i] <= k or i <= covered_until:
                continue
            added += 1
            covered_until = i + 2 * k
        out.append(added)
    print("\n".join(map(str, out)))


main()
