"""Always answers with the perimeter, forgetting the degenerate fields (segments and points)."""
t = int(input())
for _ in range(t):
    x1, y1, x2, y2 = map(int, input().split())
    print(2 * (abs(x2 - x1) + abs(y2 - y1)))
