def solve(a: list[int]) -> list[int]:
    """Announce the results of a ski race with three skiers.

    a: the finishing times in seconds of the skiers with bib numbers 1, 2 and 3;
       a[0] is the time of skier 1, a[1] of skier 2, a[2] of skier 3
       (len(a) == 3, 1 <= a[i] <= 10^9).
    A skier with a smaller time takes a higher place; among skiers with equal
    times, the one with the smaller bib number takes the higher place.
    Returns: the bib numbers (1, 2 or 3) of the skiers who take the first, the
       second and the third place, in this order.
    """
    return [j + 1 for j in sorted(range(3), key=lambda j: (a[j], j))]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        a = [int(x) for x in data[1 + 3 * i : 4 + 3 * i]]
        out.append(" ".join(map(str, solve(a))))
    print("\n".join(out))


main()
