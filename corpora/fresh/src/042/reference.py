import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        odd = sum(1 for x in data[pos + 1 : pos + 1 + n] if int(x) % 2 == 1)
        pos += 1 + n
        even = n - odd
        out.append(odd * (odd - 1) // 2 + even * (even - 1) // 2)
    print("\n".join(map(str, out)))


main()
