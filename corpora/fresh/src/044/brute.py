# Sort the two segments by their left end and merge them as a sweep from left to right.
t = int(input())
for _ in range(t):
    l1, r1, l2, r2 = map(int, input().split())
    segs = sorted([(l1, r1), (l2, r2)])
    total = 0
    cur_l, cur_r = segs[0]
    for l, r in segs[1:]:
        if l > cur_r:  # separate block
            total += cur_r - cur_l + 1
            cur_l, cur_r = l, r
        elif r > cur_r:
            cur_r = r
    total += cur_r - cur_l + 1
    print(total)
