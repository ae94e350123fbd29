# A score survives exactly when some judge showed a strictly higher score and some judge
# showed a strictly lower one; check that against every other score, O(n^2).
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    mark = 0
    for i in range(n):
        higher = any(a[j] > a[i] for j in range(n))
        lower = any(a[j] < a[i] for j in range(n))
        if higher and lower:
            mark += a[i]
    print(mark)
