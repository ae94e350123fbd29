"""Flips every coin of [l, r] instead of every second one (ordinary difference array)."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
s = data[3].decode()
diff = [0] * (n + 2)
pos = 4
for _ in range(m):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    diff[l] ^= 1
    diff[r + 1] ^= 1
cur = 0
pref = [0] * (n + 1)
for i in range(1, n + 1):
    cur ^= diff[i]
    pref[i] = pref[i - 1] + ((s[i - 1] == "H") ^ cur)
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(pref[r] - pref[l - 1])
print("\n".join(map(str, out)))
