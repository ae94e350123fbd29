# For every minute T, a maximum bipartite matching (Kuhn) of candles to distinct lighting minutes
# s with max(1, T - a + 1) <= s <= T: every matched candle burns during minute T.
import sys

sys.setrecursionlimit(10000)


def max_burning_at(a, T):
    owner = {}

    def try_kuhn(i, seen):
        for s in range(max(1, T - a[i] + 1), T + 1):
            if s in seen:
                continue
            seen.add(s)
            if s not in owner or try_kuhn(owner[s], seen):
                owner[s] = i
                return True
        return False

    return sum(1 for i in range(len(a)) if try_kuhn(i, set()))


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        print(max(max_burning_at(a, T) for T in range(1, 2 * n + 2)))


main()
