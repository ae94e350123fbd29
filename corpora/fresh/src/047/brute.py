# Binary search the largest number of bowls m such that m bowls need no more of any vegetable
# than Polycarp has.
t = int(input())
for _ in range(t):
    a, b, c, x, y, z = map(int, input().split())
    lo, hi = 0, 10**9 + 1  # lo bowls are possible, hi bowls are not
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * x <= a and mid * y <= b and mid * z <= c:
            lo = mid
        else:
            hi = mid
    print(lo)
