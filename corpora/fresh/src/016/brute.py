# Dynamic programming over subsets of songs: which genres can end a valid ordering of
# exactly this subset. The answer is the largest total length of a reachable subset.
t = int(input())
for _ in range(t):
    n = int(input())
    g = list(map(int, input().split()))
    l = list(map(int, input().split()))
    ends = [0] * (1 << n)  # bitmask of song indices that can be last
    for i in range(n):
        ends[1 << i] |= 1 << i
    best = 0
    for mask in range(1, 1 << n):
        if not ends[mask]:
            continue
        best = max(best, sum(l[i] for i in range(n) if mask >> i & 1))
        for last in range(n):
            if not ends[mask] >> last & 1:
                continue
            for nxt in range(n):
                if not mask >> nxt & 1 and g[nxt] != g[last]:
                    ends[mask | 1 << nxt] |= 1 << nxt
    print(best)
