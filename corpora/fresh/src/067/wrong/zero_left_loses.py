"""Lets a player lose when the move takes exactly the time left on the clock."""
t = int(input())
for _ in range(t):
    n, start, bonus = map(int, input().split())
    d = list(map(int, input().split()))
    clock = [start, start]
    result = "Draw"
    for i, dur in enumerate(d):
        p = i % 2
        if dur >= clock[p]:
            result = "Second" if p == 0 else "First"
            break
        clock[p] += bonus - dur
    print(result)
