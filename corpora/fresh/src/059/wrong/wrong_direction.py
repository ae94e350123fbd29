"""Looks at the houses to the west instead of the houses to the east."""
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    tallest = 0
    count = 0
    for x in h:
        if x > tallest:
            count += 1
            tallest = x
    print(count)
