"""Takes the difference between the highest and the lowest checkpoint."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    print(max(h) - min(h))
