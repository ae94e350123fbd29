import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, s = int(data[pos]), int(data[pos + 1])
        a = sorted(int(x) for x in data[pos + 2: pos + 2 + n])
        pos += 2 + n
        count = 0
        spent = 0
        for price in a:
            if spent + price > s:
                break
            spent += price
            count += 1
        out.append(str(count))
    print("\n".join(out))


main()
