"""Prints the place of each skier (skier 1, 2, 3) instead of the bib numbers by place."""
t = int(input())
for _ in range(t):
    a = list(map(int, input().split()))
    order = sorted(range(3), key=lambda j: (a[j], j))
    place = [0] * 3
    for p, j in enumerate(order):
        place[j] = p + 1
    print(" ".join(map(str, place)))
