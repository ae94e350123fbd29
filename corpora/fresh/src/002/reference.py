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
        charge, charges = 100, 0
        for x in a:
            if charge < x:
                charges += 1
                charge = 100
            charge -= x
        out.append(charges)
    print("\n".join(map(str, out)))


main()
