"""Two pointers, but the free day is the maximum of everything seen so far, not of the current window."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, S = int(data[pos]), int(data[pos + 1])
    a = list(map(int, data[pos + 2 : pos + 2 + n]))
    pos += 2 + n
    l = 0
    window = 0
    mx = 0
    total = 0
    for r in range(n):
        window += a[r]
        mx = max(mx, a[r])
        while window - mx > S:
            window -= a[l]
            l += 1
        total += r - l + 1
    print(total)
