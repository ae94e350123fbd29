"""Takes the height gained from the start to the finish."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    print(max(0, h[-1] - h[0]))
