# Breadth-first search over all words reachable from s by the allowed swaps (short words only).
from collections import deque


def is_vowel(c):
    return c in "aeiou"


q = int(input())
for _ in range(q):
    s = input().strip()
    r = input().strip()
    seen = {s}
    dq = deque([s])
    found = s == r
    while dq and not found:
        w = dq.popleft()
        for i in range(len(w)):
            for j in range(i + 1, len(w)):
                if is_vowel(w[i]) == is_vowel(w[j]):
                    lst = list(w)
                    lst[i], lst[j] = lst[j], lst[i]
                    nw = "".join(lst)
                    if nw not in seen:
                        if nw == r:
                            found = True
                        seen.add(nw)
                        dq.append(nw)
    print("YES" if found else "NO")
