"""Adds the bonus before the move instead of after it."""
t = int(input())
for _ in range(t):
    n, start, bonus = map(int, input().split())
    d = list(map(int, input().split()))
    clock = [start, start]
    result = "Draw"
    for i, dur in enumerate(d):
        p = i % 2
        clock[p] += bonus
        if dur > clock[p]:
            result = "Second" if p == 0 else "First"
            break
        clock[p] -= dur
    print(result)
