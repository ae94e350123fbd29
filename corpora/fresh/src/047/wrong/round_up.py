"""Rounds up, counting an incomplete bowl."""
t = int(input())
for _ in range(t):
    a, b, c, x, y, z = map(int, input().split())
    print(min((a + x - 1) // x, (b + y - 1) // y, (c + z - 1) // z))
