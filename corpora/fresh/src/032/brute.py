# Try every subset of the letters of s as the set of skipped letters.
from itertools import combinations

q = int(input())
for _ in range(q):
    s = input().strip()
    t = input().strip()
    letters = sorted(set(s))
    good = []
    for size in range(len(letters) + 1):
        for skip in combinations(letters, size):
            word = ""
            for c in s:
                if c not in skip:
                    word += c
            if word == t:
                good.append("".join(skip))
    if not good:
        print("IMPOSSIBLE")
    else:
        assert len(good) == 1
        print(good[0] if good[0] else "NONE")
