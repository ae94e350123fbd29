import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x, y, *b = (int(v) for v in data[1 + 5 * i: 6 + 5 * i])
        out.append(str(min(abs(x - p) + abs(p - y) for p in b)))
    print("\n".join(out))


main()
