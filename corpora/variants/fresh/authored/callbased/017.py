def solve(D: int, h: list[int]) -> int:
    """The minimum number of seconds Monocarp needs to defeat all monsters.

    D: the damage the spell deals to the chosen monster (1 <= D <= 10^9); every
       other monster loses 1 health point.
    h: the health points of the monsters (1 <= len(h) <= 2*10^4, 1 <= h[i] <= 10^9).
    Returns: the minimum number of seconds needed to defeat all monsters.
    """
    top = max(h)
    if D == 1:
        return top
    e = D - 1

    def enough(sec: int) -> bool:
        need = 0
        for x in h:
            if x > sec:
                need += (x - sec + e - 1) // e
                if need > sec:
                    return False
        return True

    lo, hi = 1, top
    while lo < hi:
        mid = (lo + hi) // 2
        if enough(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, d = int(data[pos]), int(data[pos + 1])
        h = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        out.append(solve(d, h))
    print("\n".join(map(str, out)))


main()
