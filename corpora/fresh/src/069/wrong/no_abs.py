"""Computes the distance as |x + y| instead of |x| + |y|."""
t = int(input())
for _ in range(t):
    x, y, k = map(int, input().split())
    d = abs(x + y)
    print("YES" if d <= k and (k - d) % 2 == 0 else "NO")
