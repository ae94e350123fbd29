import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        a = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        best = run = 0
        for x in a:
            run = run + 1 if x >= k else 0
            best = max(best, run)
        out.append(str(best))
    print("\n".join(out))


main()
