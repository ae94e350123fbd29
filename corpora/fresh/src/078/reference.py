import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1: pos + 1 + n]]
        pos += 1 + n
        low = min(a)
        if any((x - low) % 2 for x in a):
            out.append("-1")
        else:
            out.append(str(sum(x - low for x in a) // 2))
    print("\n".join(out))


main()
