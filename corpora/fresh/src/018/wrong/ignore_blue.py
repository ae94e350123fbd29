"""Counts the segments with as many red as green lamps and ignores the blue ones."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
for k in range(t):
    s = data[2 + 2 * k].decode()
    seen = {0: 1}
    diff = 0
    total = 0
    for ch in s:
        if ch == "R":
            diff += 1
        elif ch == "G":
            diff -= 1
        total += seen.get(diff, 0)
        seen[diff] = seen.get(diff, 0) + 1
    print(total)
