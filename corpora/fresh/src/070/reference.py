import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    pos = 1
    for _ in range(t):
        r1, c1, r2, c2, r3, c3, r4, c4 = (int(v) for v in data[pos : pos + 8])
        pos += 8
        first = (r2 - r1 + 1) * (c2 - c1 + 1)
        second = (r4 - r3 + 1) * (c4 - c3 + 1)
        rows = max(0, min(r2, r4) - max(r1, r3) + 1)
        cols = max(0, min(c2, c4) - max(c1, c3) + 1)
        out.append(first + second - rows * cols)
    print("\n".join(map(str, out)))


main()
