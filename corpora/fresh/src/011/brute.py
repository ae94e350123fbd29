# Simulate every machine until it has made m chocolates, then try every production moment as the
# answer, in increasing order, choosing the k best machines for it (small m only).
t = int(input())
for _ in range(t):
    n, k, m = map(int, input().split())
    moments = []
    for _ in range(n):
        a, b, c = map(int, input().split())
        times = []
        now = 0
        while len(times) < m:
            for _ in range(b):
                now += a
                times.append(now)
                if len(times) == m:
                    break
            now += c
        moments.append(times)
    candidates = sorted(set(x for times in moments for x in times))
    for T in candidates:
        made = sorted((sum(1 for x in times if x <= T) for times in moments), reverse=True)
        if sum(made[:k]) >= m:
            print(T)
            break
