import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
        if n < k:
            out.append(k - n)  # at least one row: recruits are the only way
        else:
            r = n % k
            out.append(min(r, k - r))
    print("\n".join(map(str, out)))


main()
