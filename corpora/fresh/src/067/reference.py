import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    names = ("First", "Second")
    for _ in range(t):
        n, start, bonus = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        d = [int(v) for v in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        clock = [start, start]
        result = "Draw"
        for i, dur in enumerate(d):
            p = i % 2
            if dur > clock[p]:
                result = names[1 - p]
                break
            clock[p] += bonus - dur
        out.append(result)
    print("\n".join(out))


main()
