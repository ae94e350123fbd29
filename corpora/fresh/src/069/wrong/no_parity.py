"""Only checks that the target is close enough, forgetting that the parity of k matters."""
t = int(input())
for _ in range(t):
    x, y, k = map(int, input().split())
    print("YES" if abs(x) + abs(y) <= k else "NO")
