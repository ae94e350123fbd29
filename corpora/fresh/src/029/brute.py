# Top-down: best(rest) = least time to repair the machines in `rest` when all the others
# are already repaired; memoised over the set of machines still broken.
import sys
from functools import lru_cache


def solve(n, T, helpers):
    everyone = frozenset(range(n))

    @lru_cache(maxsize=None)
    def best(rest):
        if not rest:
            return 0
        done = everyone - rest
        result = None
        for i in rest:
            halvings = len(helpers[i] & done)
            hours = max(1, T[i] // (2**halvings))
            cand = hours + best(rest - {i})
            if result is None or cand < result:
                result = cand
        return result

    return best(everyone)


data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    T, helpers = [], []
    for _ in range(n):
        ti, k = int(data[pos]), int(data[pos + 1])
        helpers.append(frozenset(int(x) - 1 for x in data[pos + 2 : pos + 2 + k]))
        T.append(ti)
        pos += 2 + k
    print(solve(n, T, helpers))
