"""Checks only that the total is odd, forgetting that with one bag somebody gets nothing."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    print("YES" if sum(a) % 2 == 1 else "NO")
