"""Correct, but checks every segment: O(n^2)."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
for k in range(t):
    s = data[2 + 2 * k].decode()
    count = 0
    n = len(s)
    for l in range(n):
        diff = blue = 0
        for r in range(l, n):
            ch = s[r]
            if ch == "R":
                diff += 1
            elif ch == "G":
                diff -= 1
            else:
                blue ^= 1
            if diff == 0 and blue == 0:
                count += 1
    print(count)
