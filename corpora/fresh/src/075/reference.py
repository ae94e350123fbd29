import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        a = [int(x) for x in data[1 + 3 * i: 4 + 3 * i]]
        order = sorted(range(3), key=lambda j: (a[j], j))
        out.append(" ".join(str(j + 1) for j in order))
    print("\n".join(out))


main()
