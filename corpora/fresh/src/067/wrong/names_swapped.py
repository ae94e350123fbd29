"""Names the player who ran out of time instead of the winner."""
t = int(input())
for _ in range(t):
    n, start, bonus = map(int, input().split())
    d = list(map(int, input().split()))
    clock = [start, start]
    result = "Draw"
    for i, dur in enumerate(d):
        p = i % 2
        if dur > clock[p]:
            result = "First" if p == 0 else "Second"
            break
        clock[p] += bonus - dur
    print(result)
