import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        pos += 2
        p = sorted((int(x) for x in data[pos : pos + n]), reverse=True)
        pos += n
        c = sorted((int(x) for x in data[pos : pos + m]), reverse=True)
        pos += m
        # The k = min(n, m) most expensive items get the k largest coupons, in sorted order.
        saved = sum(min(a, b) for a, b in zip(p, c))
        out.append(sum(p) - saved)
    print("\n".join(map(str, out)))


main()
