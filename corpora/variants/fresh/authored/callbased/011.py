def solve(k: int, m: int, machines: list[tuple[int, int, int]]) -> int:
    """The earliest moment T by which k of the machines can make at least m bars.

    k: the number of workers, i.e. how many machines run (1 <= k <= len(machines)).
    m: the number of bars in the order (1 <= m <= 10^9).
    machines: one triple (a_i, b_i, c_i) per machine: the time to make one bar, the
       number of bars after which it overheats and the cooling time
       (1 <= len(machines) <= 5000, 1 <= a_i, b_i <= 10^9, 0 <= c_i <= 10^9).
    Returns: the earliest moment by which m bars can be made (it fits into a signed
       64-bit integer).
    """
    n = len(machines)
    a_list = [a for a, _, _ in machines]
    mach = [(a, b, a * b + c) for a, b, c in machines]
    hi = min(((m - 1) // b) * cyc + ((m - 1) % b + 1) * a for a, b, cyc in mach)
    lo = (m * min(a_list) - 1) // k
    while hi - lo > 1:
        mid = (lo + hi) // 2
        counts = [mid // cyc * b + (b if mid % cyc >= a * b else mid % cyc // a)
                  for a, b, cyc in mach]
        if k < n:
            counts.sort()
            total = sum(counts[n - k :])
        else:
            total = sum(counts)
        if total >= m:
            hi = mid
        else:
            lo = mid
    return hi


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        vals = list(map(int, data[pos : pos + 3 * n]))
        pos += 3 * n
        machines = [(vals[3 * i], vals[3 * i + 1], vals[3 * i + 2]) for i in range(n)]
        out.append(solve(k, m, machines))
    print("\n".join(map(str, out)))


main()
