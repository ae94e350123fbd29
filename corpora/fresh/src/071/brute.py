# Binary search on the number of frames k: k frames need 4k sides; use as many sticks of length 2
# as possible (at most 4k) and check that the remaining sides can be made of pairs of short sticks.


def feasible(a: int, b: int, k: int) -> bool:
    sides = 4 * k
    long_used = min(b, sides)
    return 2 * (sides - long_used) <= a


t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    lo, hi = 0, a + b + 1  # feasible(lo) is true, feasible(hi) is false
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if feasible(a, b, mid):
            lo = mid
        else:
            hi = mid
    print(lo)
