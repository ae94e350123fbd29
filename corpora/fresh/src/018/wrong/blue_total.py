"""Keys the prefixes by the whole number of blue lamps instead of its parity."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
for k in range(t):
    s = data[2 + 2 * k].decode()
    seen = {(0, 0): 1}
    diff = blue = 0
    total = 0
    for ch in s:
        if ch == "R":
            diff += 1
        elif ch == "G":
            diff -= 1
        else:
            blue += 1
        key = (diff, blue)
        total += seen.get(key, 0)
        seen[key] = seen.get(key, 0) + 1
    print(total)
