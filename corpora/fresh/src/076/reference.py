import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        m, p, f, k, q = (int(x) for x in data[1 + 5 * i: 6 + 5 * i])
        first = m * p
        second = f + max(0, m - k) * q
        out.append(str(min(first, second)))
    print("\n".join(out))


main()
