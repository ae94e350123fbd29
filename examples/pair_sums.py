import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        a, b = int(data[pos]), int(data[pos + 1])
        pos += 2
        out.append(str(a + b))
    print("\n".join(out))


main()
