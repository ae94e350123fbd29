def solve(k: int, T: int, a: list[int]) -> int:
    """The maximum number of exercises Monocarp can solve completely within T minutes.

    k: the number of hint cards (0 <= k <= len(a)).
    T: the number of free minutes (1 <= T <= 10^14).
    a: the solving times of the exercises in minutes (1 <= len(a) <= 2*10^4,
       1 <= a[i] <= 10^9); with a card, exercise i takes ceil(a[i] / 2) minutes.
    Returns: the maximum number of exercises solved completely within T minutes in
       total (possibly 0).
    """
    n = len(a)
    a = sorted(a)
    full = [0] * (n + 1)
    half = [0] * (n + 1)
    for i, x in enumerate(a):
        full[i + 1] = full[i] + x
        half[i + 1] = half[i] + x // 2
    best = 0
    for m in range(1, n + 1):
        c = min(k, m)
        cost = full[m] - (half[m] - half[m - c])
        if cost <= T:
            best = m
        else:
            break
    return best


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, T = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        a = [int(x) for x in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        out.append(solve(k, T, a))
    print("\n".join(map(str, out)))


main()
