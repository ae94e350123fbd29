"""Counts the candies between the golden one and the nearer end and decides by their parity."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    d = min(k - 1, n - k)
    print("First" if d % 2 == 0 else "Second")
