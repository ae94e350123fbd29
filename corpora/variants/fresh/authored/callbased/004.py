def solve(a: list[int]) -> str:
    """Decide whether Nastya can distribute the bags so that Alice and Bob are happy.

    a: the number of candies in each bag (1 <= len(a) <= 20, 1 <= a[i] <= 10^9).
    Returns: "YES" if every bag can be given to Alice or Bob so that each of them gets
       at least one bag, Alice's total is odd and Bob's total is even; "NO" otherwise.
    """
    return "YES" if len(a) >= 2 and sum(a) % 2 == 1 else "NO"


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
    print("\n".join(out))


main()
