def solve(l1: int, r1: int, l2: int, r2: int) -> int:
    """The number of fence planks painted by Nastya or Petya.

    l1, r1: Nastya paints every plank from l1 to r1 inclusive (1 <= l1 <= r1 <= 10^9).
    l2, r2: Petya paints every plank from l2 to r2 inclusive (1 <= l2 <= r2 <= 10^9).
    Returns: the number of planks painted by at least one of them (a plank painted by
       both is counted once).
    """
    both = max(0, min(r1, r2) - max(l1, l2) + 1)
    return (r1 - l1 + 1) + (r2 - l2 + 1) - both


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        l1, r1, l2, r2 = (int(v) for v in data[1 + 4 * i : 5 + 4 * i])
        out.append(solve(l1, r1, l2, r2))
    print("\n".join(map(str, out)))


main()
