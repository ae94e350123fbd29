# Try every common final height h from 0 to 100; for each tower, remove two cubes at a time while
# it is higher than h, and see whether it stops exactly at h. Keep the cheapest reachable h.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    best = -1
    for h in range(0, 101):
        moves = 0
        ok = True
        for height in a:
            while height > h and height >= 2:
                height -= 2
                moves += 1
            if height != h:
                ok = False
                break
        if ok and (best == -1 or moves < best):
            best = moves
    print(best)
