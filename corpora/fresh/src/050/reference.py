import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s, p = data[1 + 2 * i], data[2 + 2 * i]
        k = 0
        while k < len(s) and k < len(p) and s[-1 - k] == p[-1 - k]:
            k += 1
        out.append(str(k))
    print("\n".join(out))


main()
