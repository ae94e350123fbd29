import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        l1, r1, l2, r2 = (int(v) for v in data[1 + 4 * i : 5 + 4 * i])
        both = max(0, min(r1, r2) - max(l1, l2) + 1)
        out.append((r1 - l1 + 1) + (r2 - l2 + 1) - both)
    print("\n".join(map(str, out)))


main()
