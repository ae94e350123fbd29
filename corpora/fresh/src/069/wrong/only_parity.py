"""Only checks the parity, forgetting that the target may be too far away."""
t = int(input())
for _ in range(t):
    x, y, k = map(int, input().split())
    print("YES" if (abs(x) + abs(y) - k) % 2 == 0 else "NO")
