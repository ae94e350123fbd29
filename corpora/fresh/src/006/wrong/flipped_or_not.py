"""Treats a coin flipped an even (nonzero) number of times as flipped: uses 'flipped at least once'."""
import sys

data = sys.stdin.buffer.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
s = data[3].decode()
diff = [0] * (n + 3)
pos = 4
for _ in range(m):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    last = l + 2 * ((r - l) // 2)
    diff[l] += 1
    diff[last + 2] -= 1
cnt = [0] * (n + 1)
pref = [0] * (n + 1)
for i in range(1, n + 1):
    cnt[i] = diff[i] + (cnt[i - 2] if i >= 2 else 0)
    pref[i] = pref[i - 1] + ((s[i - 1] == "H") ^ (cnt[i] > 0))
out = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    out.append(pref[r] - pref[l - 1])
print("\n".join(map(str, out)))
