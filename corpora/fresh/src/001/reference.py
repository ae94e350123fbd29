import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = data[pos + 1 : pos + 1 + n]
        pos += 1 + n
        a = [int(x) for x in a]
        out.append(sum(1 for i in range(n) if a[i] > a[i - 1] and a[i] > a[(i + 1) % n]))
    print("\n".join(map(str, out)))


main()
