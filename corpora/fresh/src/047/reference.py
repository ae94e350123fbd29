import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        a, b, c, x, y, z = (int(v) for v in data[1 + 6 * i : 7 + 6 * i])
        out.append(min(a // x, b // y, c // z))
    print("\n".join(map(str, out)))


main()
