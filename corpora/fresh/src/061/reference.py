import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, s = int(data[pos]), int(data[pos + 1])
        a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        answer = -1
        total = 0
        for k in range(1, n + 1):
            total += a[n - k]
            if total >= s:
                answer = k
                break
        out.append(str(answer))
    print("\n".join(out))


main()
