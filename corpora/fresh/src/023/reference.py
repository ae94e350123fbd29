import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(1, t + 1):
        s = data[i]
        # r - l + 1 is even exactly when l and r have different parity
        even = s[0::2]
        odd = s[1::2]
        total = 0
        for c in set(s):
            total += even.count(c) * odd.count(c)
        out.append(total)
    print("\n".join(map(str, out)))


main()
