import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m, p = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        s = data[pos + 3]
        pos += 4
        lo = hi = cur = p
        for c in s:
            if c == "L" and cur > 1:
                cur -= 1
            elif c == "R" and cur < m:
                cur += 1
            lo = min(lo, cur)
            hi = max(hi, cur)
        out.append(hi - lo + 1)
    print("\n".join(map(str, out)))


main()
