"""Uses floating-point division, which loses precision for large numbers."""
t = int(input())
for _ in range(t):
    l, r, k = map(int, input().split())
    print(int(r / k) - int((l - 1) / k))
