"""Goes to the bakery nearest to the house, then to school."""
t = int(input())
for _ in range(t):
    x, y, *b = map(int, input().split())
    p = min(b, key=lambda c: abs(x - c))
    print(abs(x - p) + abs(p - y))
