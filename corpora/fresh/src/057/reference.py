import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        h = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(str(sum(max(0, h[i + 1] - h[i]) for i in range(n - 1))))
    print("\n".join(out))


main()
