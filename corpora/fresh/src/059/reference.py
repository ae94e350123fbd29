import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        h = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        tallest_east = 0  # the tallest house seen so far, walking from the sea
        count = 0
        for x in reversed(h):
            if x > tallest_east:
                count += 1
                tallest_east = x
        out.append(str(count))
    print("\n".join(out))


main()
