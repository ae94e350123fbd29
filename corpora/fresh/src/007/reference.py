import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        b = sorted((int(x) for x in data[pos + 1 : pos + 1 + n]), reverse=True)
        pos += 1 + n
        # k candles can burn together iff the s-th longest (lit at minute s) lasts until minute k:
        # b[s] >= k - s + 1 for s = 1..k, i.e. min over s <= k of (b[s] + s - 1) >= k.
        best = 0
        low = 10**18
        for k in range(1, n + 1):
            v = b[k - 1] + k - 1
            if v < low:
                low = v
            if low >= k:
                best = k
            else:
                break
        out.append(best)
    print("\n".join(map(str, out)))


main()
