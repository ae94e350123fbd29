"""Answers only the first test case."""
input()
n, m, k = map(int, input().split())
h = sorted(map(int, input().split()))
s = sorted(map(int, input().split()))


def enough(D):
    j = got = 0
    for x in h:
        while j < m and s[j] < x - D:
            j += 1
        if j < m and s[j] <= x + D:
            got += 1
            j += 1
    return got >= k


lo, hi = 0, 10**9
while lo < hi:
    mid = (lo + hi) // 2
    if enough(mid):
        hi = mid
    else:
        lo = mid + 1
print(lo)
