# Bob's way covers the segment between the house and the school; if no bakery lies on it, he must
# leave the segment and come back, so he walks the segment plus twice the smallest detour.
t = int(input())
for _ in range(t):
    x, y, *b = map(int, input().split())
    lo, hi = min(x, y), max(x, y)
    detour = None
    for p in b:
        if p < lo:
            d = lo - p
        elif p > hi:
            d = p - hi
        else:
            d = 0
        if detour is None or d < detour:
            detour = d
    print(hi - lo + 2 * detour)
