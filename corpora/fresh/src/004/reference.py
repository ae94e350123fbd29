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
        # Alice odd + Bob even = odd total; with n >= 2 a split always exists then.
        out.append("YES" if n >= 2 and sum(a) % 2 == 1 else "NO")
    print("\n".join(out))


main()
