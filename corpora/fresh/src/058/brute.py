# Binary search on x, simulating the whole day for each candidate (a larger x never hurts).


def works(x, a):
    coins = x
    for v in a:
        coins += v
        if coins < 0:
            return False
    return True


t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    lo, hi = 0, sum(-v for v in a if v < 0)  # hi always works
    while lo < hi:
        mid = (lo + hi) // 2
        if works(mid, a):
            hi = mid
        else:
            lo = mid + 1
    print(lo)
