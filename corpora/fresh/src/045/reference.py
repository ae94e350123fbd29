import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        floors = [int(v) for v in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        cur = 1
        total = 0
        for f in floors:
            if f > cur:
                # cur + (cur + 1) + ... + (f - 1)
                total += (cur + f - 1) * (f - cur) // 2
            cur = f
        out.append(total)
    print("\n".join(map(str, out)))


main()
