import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, T = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        a = sorted(map(int, data[pos + 3 : pos + 3 + n]))
        pos += 3 + n
        # the best m exercises are the m shortest; the cards go on the longest of them
        full = [0] * (n + 1)
        half = [0] * (n + 1)  # half[i] = savings a_j // 2 summed over the first i
        for i, x in enumerate(a):
            full[i + 1] = full[i] + x
            half[i + 1] = half[i] + x // 2
        best = 0
        for m in range(1, n + 1):
            c = min(k, m)
            cost = full[m] - (half[m] - half[m - c])
            if cost <= T:
                best = m
            else:
                break
        out.append(best)
    print("\n".join(map(str, out)))


main()
