def solve(a: list[int]) -> int:
    """Count how many times Timur charges his phone.

    a: the charge used by each video in percent, in the order Timur watches them;
       a[0] is the first video (1 <= len(a) <= 50, 1 <= a[i] <= 100).
    Returns: the number of times Timur charges the phone.
    """
    charge, charges = 100, 0
    for x in a:
        if charge < x:
            charges += 1
            charge = 100
        charge -= x
    return charges


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        out.append(solve(a))
    print("\n".join(map(str, out)))


main()
