import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        lo, hi = min(a), max(a)
        out.append(str(sum(x for x in a if lo < x < hi)))
    print("\n".join(out))


main()
