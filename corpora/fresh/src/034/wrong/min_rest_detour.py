"""Misreads the rule: every hill above the stamina costs min(h - s, d) minutes."""
import sys
from bisect import bisect_right

data = sys.stdin.buffer.read().split()
n, q, c, d = int(data[0]), int(data[1]), int(data[2]), int(data[3])
h = sorted(int(x) for x in data[4 : 4 + n])
s = [int(x) for x in data[4 + n : 4 + n + q]]
pref = [0]
for x in h:
    pref.append(pref[-1] + x)
out = []
for st in s:
    lo = bisect_right(h, st)
    hi = bisect_right(h, st + d)
    out.append(pref[hi] - pref[lo] - (hi - lo) * st + (n - hi) * d)
print("\n".join(map(str, out)))
