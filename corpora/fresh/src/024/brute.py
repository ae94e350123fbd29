# Count the safe rows and the safe columns as lengths of integer ranges (an empty range has length 0).
t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    safe_rows = range(k + 1, n - k + 1)
    safe_cols = range(k + 1, m - k + 1)
    if len(safe_rows) == 0 or len(safe_cols) == 0:
        print(0)
    else:
        print(len(safe_rows) * len(safe_cols))
