# Coordinate compression: the row and column borders of both rectangles cut the plane into at most
# 5 x 5 blocks; a block is painted if its top-left cell lies in one of the rectangles, and its area
# is added then.
t = int(input())
for _ in range(t):
    r1, c1, r2, c2 = map(int, input().split())
    r3, c3, r4, c4 = map(int, input().split())
    rects = [(r1, c1, r2, c2), (r3, c3, r4, c4)]
    rs = sorted({r1, r2 + 1, r3, r4 + 1})
    cs = sorted({c1, c2 + 1, c3, c4 + 1})
    total = 0
    for i in range(len(rs) - 1):
        for j in range(len(cs) - 1):
            r, c = rs[i], cs[j]
            if any(a <= r <= b and p <= c <= q for a, p, b, q in rects):
                total += (rs[i + 1] - rs[i]) * (cs[j + 1] - cs[j])
    print(total)
