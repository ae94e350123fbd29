"""Compares each house only with its eastern neighbour."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    print(sum(1 for i in range(n) if i == n - 1 or h[i] > h[i + 1]))
