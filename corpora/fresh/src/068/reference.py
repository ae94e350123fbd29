import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        n, s = int(data[1 + 2 * i]), data[2 + 2 * i]
        if "**" in s:
            out.append(-1)
            continue
        cur, moves = 0, 0
        while cur < n - 1:
            # the farthest dry tile within reach; without two puddles in a row one exists
            cur = cur + 2 if cur + 2 <= n - 1 and s[cur + 2] == "." else cur + 1
            moves += 1
        out.append(moves)
    print("\n".join(map(str, out)))


main()
