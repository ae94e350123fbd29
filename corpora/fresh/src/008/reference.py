import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, d, budget = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        x = [int(v) for v in data[pos : pos + n]]
        pos += n
        c = [int(v) for v in data[pos : pos + n]]
        pos += n
        best = 0
        l = 0
        total = 0
        mx = deque()  # indices of the window with decreasing costs: mx[0] is the priciest
        for r in range(n):
            total += c[r]
            while mx and c[mx[-1]] <= c[r]:
                mx.pop()
            mx.append(r)
            while x[r] - x[l] > d or total - c[mx[0]] > budget:
                total -= c[l]
                if mx[0] == l:
                    mx.popleft()
                l += 1
            if r - l + 1 > best:
                best = r - l + 1
        out.append(best)
    print("\n".join(map(str, out)))


main()
