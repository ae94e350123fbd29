def solve(f: list[int]) -> int:
    """The total energy Timur spends on the stairs.

    f: the floors Timur has to visit, in the order of visiting (1 <= len(f) <= 100,
       1 <= f[i] <= 10^9). He starts on floor 1 and always walks directly from his
       current floor to the next floor of the list; walking up from floor i to floor
       i + 1 costs i units of energy, walking down costs nothing.
    Returns: the total number of units of energy spent.
    """
    cur = 1
    total = 0
    for floor in f:
        if floor > cur:
            total += (cur + floor - 1) * (floor - cur) // 2
        cur = floor
    return total


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        f = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(solve(f))
    print("\n".join(map(str, out)))


main()
