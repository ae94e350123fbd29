"""Answers only the first test case."""
input()
n = int(input())
b = sorted(map(int, input().split()), reverse=True)
best = 0
low = 10**18
for k in range(1, n + 1):
    low = min(low, b[k - 1] + k - 1)
    if low >= k:
        best = k
print(best)
