import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        rows = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        count = 0
        for i in range(n - 1):
            run = 0  # consecutive columns free in both row i and row i + 1
            for j in range(m):
                if rows[i][j] == "." and rows[i + 1][j] == ".":
                    run += 1
                    if run >= 2:
                        count += 1
                else:
                    run = 0
        out.append(count)
    print("\n".join(map(str, out)))


main()
