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
        balance = 0
        lowest = 0  # the lowest balance with x = 0, counting the start
        for v in a:
            balance += v
            lowest = min(lowest, balance)
        out.append(str(-lowest))
    print("\n".join(out))


main()
