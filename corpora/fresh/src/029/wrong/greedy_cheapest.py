"""Greedy: always repairs next the machine that is currently the fastest to repair."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n = int(data[pos])
    pos += 1
    T, H = [], []
    for _ in range(n):
        ti, k = int(data[pos]), int(data[pos + 1])
        H.append({int(x) - 1 for x in data[pos + 2 : pos + 2 + k]})
        T.append(ti)
        pos += 2 + k
    done = set()
    total = 0
    while len(done) < n:
        cost, i = min((max(1, T[i] >> len(H[i] & done)), i) for i in range(n) if i not in done)
        total += cost
        done.add(i)
    print(total)
