"""Compares only the order of letter blocks and the total count of each letter, not every block."""
import sys
from collections import Counter


def squeeze(w: str) -> str:
    return "".join(c for i, c in enumerate(w) if i == 0 or w[i - 1] != c)


data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    s, u = data[1 + 2 * i], data[2 + 2 * i]
    if squeeze(s) != squeeze(u):
        print(-1)
        continue
    cs, cu = Counter(s), Counter(u)
    ans = 0
    for c in cs:
        if cu[c] < cs[c] or cu[c] > 2 * cs[c]:
            ans = -1
            break
        if cu[c] > cs[c]:
            ans += 1
    print(ans)
