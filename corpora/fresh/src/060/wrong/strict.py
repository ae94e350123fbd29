"""Calls a day good only if Monocarp solved more than k problems."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    a = list(map(int, input().split()))
    best = run = 0
    for x in a:
        run = run + 1 if x > k else 0
        best = max(best, run)
    print(best)
