import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, m = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        out.append(sum((n - k + 1) * (m - k + 1) for k in range(1, min(n, m) + 1)))
    print("\n".join(map(str, out)))


main()
