import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        vals = list(map(int, data[pos : pos + 3 * n]))
        pos += 3 * n
        a_list = vals[0::3]
        b_list = vals[1::3]
        cyc_list = [a * b + c for a, b, c in zip(a_list, b_list, vals[2::3])]
        machines = list(zip(a_list, b_list, cyc_list))
        # upper bound: the moment of the m-th bar of the best machine working alone
        hi = min(((m - 1) // b) * cyc + ((m - 1) % b + 1) * a for a, b, cyc in machines)
        # lower bound: even without cooling, k machines make at most k * T // min(a) bars by T,
        # so at moment lo = (m * min(a) - 1) // k they have made fewer than m bars
        lo = (m * min(a_list) - 1) // k
        while hi - lo > 1:
            mid = (lo + hi) // 2
            counts = [mid // cyc * b + (b if mid % cyc >= a * b else mid % cyc // a)
                      for a, b, cyc in machines]
            if k < n:
                counts.sort()
                total = sum(counts[n - k :])
            else:
                total = sum(counts)
            if total >= m:
                hi = mid
            else:
                lo = mid
        out.append(hi)
    print("\n".join(map(str, out)))


main()
