def solve(k: int, c: list[int]) -> list[int]:
    """The order in which Alice's guests become satisfied.

    k: the capacity of the teapot in cups (1 <= k <= 2500).
    c: c[i - 1] is the number of cups guest i wants (1 <= len(c) <= 50,
       1 <= c[i] <= 50).
    Returns: the numbers of the guests (from 1) in the order in which they become
       satisfied.
    """
    n = len(c)
    need = list(c)
    alive = list(range(n))
    order = []
    teapot = k
    while alive:
        kept = []
        restarted = False
        for idx, g in enumerate(alive):
            need[g] -= 1
            teapot -= 1
            if need[g] == 0:
                order.append(g + 1)
            else:
                kept.append(g)
            if teapot == 0:
                teapot = k
                alive = kept + alive[idx + 1 :]
                restarted = True
                break
        if not restarted:
            alive = kept
    return order


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        c = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        out.append(" ".join(map(str, solve(k, c))))
    print("\n".join(out))


main()
