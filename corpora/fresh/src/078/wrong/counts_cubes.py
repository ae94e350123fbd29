"""Counts removed cubes instead of moves (as if a move removed one cube)."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    low = min(a)
    if any((x - low) % 2 for x in a):
        print(-1)
    else:
        print(sum(x - low for x in a))
