import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        if k == 1 or k == n or n % 2 == 0:
            out.append("First")
        else:
            out.append("Second")
    print("\n".join(out))


main()
