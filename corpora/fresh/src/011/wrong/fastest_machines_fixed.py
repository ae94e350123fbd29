"""Always runs the k machines with the smallest a_i, instead of choosing the best k for the moment."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, m = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    pos += 3
    ms = []
    for i in range(n):
        a, b, c = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        ms.append((a, b, c))
    ms.sort()
    ms = ms[:k]
    hi = 0
    for a, b, c in ms:
        q, r = divmod(m - 1, b)
        hi = max(hi, q * (a * b + c) + (r + 1) * a)
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        total = 0
        for a, b, c in ms:
            q, r = divmod(mid, a * b + c)
            total += q * b + min(b, r // a)
        if total >= m:
            hi = mid
        else:
            lo = mid
    print(hi)
