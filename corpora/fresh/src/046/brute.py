# Find the first flash at or after second l; if it is not later than r, count the flashes
# from it to r. For short watches, also walk the seconds one by one.
t = int(input())
for _ in range(t):
    l, r, k = map(int, input().split())
    if r - l <= 200:
        print(sum(1 for sec in range(l, r + 1) if sec % k == 0))
        continue
    first = ((l + k - 1) // k) * k
    print(0 if first > r else (r - first) // k + 1)
