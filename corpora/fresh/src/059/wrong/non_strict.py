"""Also gives a sea view to a house as tall as the tallest house east of it."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    tallest = 0
    count = 0
    for x in reversed(h):
        if x >= tallest:
            count += 1
            tallest = x
    print(count)
