"""Goes through the exercises from the shortest and uses a card only when the full time no longer fits."""
t = int(input())
for _ in range(t):
    n, k, T = map(int, input().split())
    a = sorted(map(int, input().split()))
    solved = 0
    for x in a:
        if x <= T:
            T -= x
        elif k > 0 and (x + 1) // 2 <= T:
            T -= (x + 1) // 2
            k -= 1
        else:
            break
        solved += 1
    print(solved)
