"""Decides by the parity of n alone, forgetting a golden candy at an end."""
t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    print("First" if n % 2 == 0 else "Second")
