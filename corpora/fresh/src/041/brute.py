# For each group, binary search the smallest number of tents whose total room is enough.


def tents_for(people, k):
    lo, hi = 0, people  # people tents of one child each always suffice
    while lo < hi:
        mid = (lo + hi) // 2
        if mid * k >= people:
            hi = mid
        else:
            lo = mid + 1
    return lo


t = int(input())
for _ in range(t):
    n, m, k = map(int, input().split())
    print(tents_for(n, k) + tents_for(m, k))
