# Binary search on the length D of the plan: count the trainings among its first D days
# (whole weeks plus the leftover days, counted one by one) and take the smallest D with at least k.
import sys


def trainings(s: str, d: int, days: int) -> int:
    weeks, left = divmod(days, 7)
    count = weeks * s.count("1")
    for j in range(left):
        if s[(d - 1 + j) % 7] == "1":
            count += 1
    return count


data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    d, k, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), data[3 + 3 * i]
    lo, hi = 1, 7 * k
    while lo < hi:
        mid = (lo + hi) // 2
        if trainings(s, d, mid) >= k:
            hi = mid
        else:
            lo = mid + 1
    print(lo)
