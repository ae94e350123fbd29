# Try every block of days [l, r] and keep the longest one in which every day is good, O(n^3).
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    a = list(map(int, input().split()))
    best = 0
    for l in range(n):
        for r in range(l, n):
            if all(a[d] >= k for d in range(l, r + 1)):
                best = max(best, r - l + 1)
    print(best)
