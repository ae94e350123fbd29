"""Builds every frame from sticks of one length only, never mixing the two kinds in one frame."""
t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    print(b // 4 + a // 8)
