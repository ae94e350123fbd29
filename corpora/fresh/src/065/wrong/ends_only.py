"""Thinks that Alice wins only when the golden candy is at an end."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    print("First" if k == 1 or k == n else "Second")
