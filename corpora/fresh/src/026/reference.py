import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, S = int(data[pos]), int(data[pos + 1])
        a = list(map(int, data[pos + 2 : pos + 2 + n]))
        pos += 2 + n
        # sum - max never decreases when a rental grows, so for every right end r the good
        # left ends form a segment [l, r] and l only moves right.
        dq = deque()  # indices of a decreasing run of maxima in the window [l, r]
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
        out.append(total)
    print("\n".join(map(str, out)))


main()
