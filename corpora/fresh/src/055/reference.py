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
        total = sum(a)
        # a_i > total / n  <=>  a_i * n > total (exact, no fractions)
        out.append(str(sum(1 for x in a if x * n > total)))
    print("\n".join(out))


main()
