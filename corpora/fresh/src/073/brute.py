# Walks along the four sides of the rectangle and collects every integer point in a set.
t = int(input())
for _ in range(t):
    x1, y1, x2, y2 = map(int, input().split())
    lx, hx = min(x1, x2), max(x1, x2)
    ly, hy = min(y1, y2), max(y1, y2)
    posts = set()
    for x in range(lx, hx + 1):
        posts.add((x, ly))
        posts.add((x, hy))
    for y in range(ly, hy + 1):
        posts.add((lx, y))
        posts.add((hx, y))
    print(len(posts))
