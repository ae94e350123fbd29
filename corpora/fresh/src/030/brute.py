# Try every candidate D (0 and every |h_i - s_j|) in increasing order and compute a
# maximum bipartite matching with augmenting paths (Kuhn's algorithm).
import sys

sys.setrecursionlimit(10000)


def max_matching(h, s, D):
    owner = [-1] * len(s)

    def augment(i, seen):
        for j in range(len(s)):
            if abs(h[i] - s[j]) <= D and not seen[j]:
                seen[j] = True
                if owner[j] < 0 or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(1 for i in range(len(h)) if augment(i, [False] * len(s)))


data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, m, k = map(int, data[pos : pos + 3])
    pos += 3
    h = list(map(int, data[pos : pos + n]))
    pos += n
    s = list(map(int, data[pos : pos + m]))
    pos += m
    candidates = sorted({0} | {abs(x - y) for x in h for y in s})
    for D in candidates:
        if max_matching(h, s, D) >= k:
            print(D)
            break
