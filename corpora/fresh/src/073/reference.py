import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x1, y1, x2, y2 = (int(v) for v in data[1 + 4 * i : 5 + 4 * i])
        w, h = abs(x2 - x1), abs(y2 - y1)
        if w == 0 or h == 0:
            out.append(w + h + 1)
        else:
            out.append(2 * (w + h))
    print("\n".join(map(str, out)))


main()
