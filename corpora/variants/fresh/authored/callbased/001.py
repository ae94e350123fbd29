def solve(a: list[int]) -> int:
    """Count the lanterns at which the mayor stops.

    a: the brightness of the lanterns in their order around the pond; a[0] is
       lantern 1 and the last element is lantern n, which stands next to lantern 1
       (1 <= len(a) <= 2*10^4, 1 <= a[i] <= 10^9).
    Returns: the number of lanterns that are strictly brighter than both of their
       neighbours.
    """
    n = len(a)
    return sum(1 for i in range(n) if a[i] > a[i - 1] and a[i] > a[(i + 1) % n])


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
