import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, m, k = (int(x) for x in data[1 + 3 * i : 4 + 3 * i])
        out.append(max(0, n - 2 * k) * max(0, m - 2 * k))
    print("\n".join(map(str, out)))


main()
