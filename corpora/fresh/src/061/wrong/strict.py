"""Requires the sum to be strictly greater than s."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    answer = -1
    total = 0
    for k in range(1, n + 1):
        total += a[n - k]
        if total > s:
            answer = k
            break
    print(answer)
