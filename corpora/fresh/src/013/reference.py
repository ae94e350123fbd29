import sys


def runs(w: bytes) -> list[tuple[int, int]]:
    res = []
    i = 0
    n = len(w)
    while i < n:
        j = i
        while j < n and w[j] == w[i]:
            j += 1
        res.append((w[i], j - i))
        i = j
    return res


def solve(s: bytes, u: bytes) -> int:
    rs, ru = runs(s), runs(u)
    if len(rs) != len(ru):
        return -1
    sticky = set()
    for (c, a), (d, b) in zip(rs, ru):
        if c != d or b < a or b > 2 * a:
            return -1
        if b > a:
            sticky.add(c)
    return len(sticky)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = [str(solve(data[1 + 2 * i], data[2 + 2 * i])) for i in range(t)]
    print("\n".join(out))


main()
