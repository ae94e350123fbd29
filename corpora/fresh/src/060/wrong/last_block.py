"""Updates the best streak only when a bad day ends it, missing a streak that lasts to the end."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    a = list(map(int, input().split()))
    best = run = 0
    for x in a:
        if x >= k:
            run += 1
        else:
            best = max(best, run)
            run = 0
    print(best)
