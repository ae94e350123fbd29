"""Only compares the total health with the total damage per second, D + n − 1."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, d = int(data[pos]), int(data[pos + 1])
    h = [int(x) for x in data[pos + 2 : pos + 2 + n]]
    pos += 2 + n
    per = d + n - 1
    print(max(1, (sum(h) + per - 1) // per))
