import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s, p = data[1 + 2 * i], data[2 + 2 * i]
        count = 0
        pos = s.find(p)
        while pos != -1:
            count += 1
            pos = s.find(p, pos + 1)
        out.append(str(count))
    print("\n".join(out))


main()
