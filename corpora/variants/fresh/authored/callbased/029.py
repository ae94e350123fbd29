def solve(times: list[int], helpers: list[list[int]]) -> int:
    """The least total number of hours needed to repair all the machines.

    times: times[i - 1] is t_i, the time in hours to repair machine i from scratch
       (1 <= len(times) <= 15, 1 <= t_i <= 10^9).
    helpers: helpers[i - 1] lists the distinct helpers of machine i, as machine
       numbers from 1 to len(times), none equal to i (len(helpers) == len(times)).
    Returns: the least total time in hours in which Monocarp can repair all machines.
    """
    n = len(times)
    H = []
    for lst in helpers:
        h = 0
        for j in lst:
            h |= 1 << (j - 1)
        H.append(h)
    full = 1 << n
    INF = float("inf")
    dp = [INF] * full
    dp[0] = 0
    items = [(1 << i, times[i], H[i]) for i in range(n)]
    for mask in range(full - 1):
        d = dp[mask]
        for bit, ti, h in items:
            if not mask & bit:
                c = ti >> bin(mask & h).count("1")
                nd = d + (c if c > 0 else 1)
                if nd < dp[mask | bit]:
                    dp[mask | bit] = nd
    return dp[full - 1]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        pos += 1
        times = []
        helpers = []
        for _ in range(n):
            ti, k = int(data[pos]), int(data[pos + 1])
            helpers.append([int(j) for j in data[pos + 2 : pos + 2 + k]])
            pos += 2 + k
            times.append(ti)
        out.append(solve(times, helpers))
    print("\n".join(map(str, out)))


main()
