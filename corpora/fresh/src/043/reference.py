import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s, k, x = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
        if x <= s:
            out.append(s - x)
        else:
            out.append((k - (x - s) % k) % k)
    print("\n".join(map(str, out)))


main()
