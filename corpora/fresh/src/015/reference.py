import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        m = min(a)
        out.append(sum(1 for x in a if x <= 2 * m))
    print("\n".join(map(str, out)))


main()
