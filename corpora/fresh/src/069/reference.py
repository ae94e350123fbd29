import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        x, y, k = (int(v) for v in data[1 + 3 * i : 4 + 3 * i])
        d = abs(x) + abs(y)
        out.append("YES" if d <= k and (k - d) % 2 == 0 else "NO")
    print("\n".join(out))


main()
