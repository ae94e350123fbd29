# Tries sets of sticky keys (among the letters of s) in order of size and checks each set by
# a memoised search over (position in s, position in u).
import sys
from functools import lru_cache
from itertools import combinations

sys.setrecursionlimit(10000)


def feasible(s: str, u: str, sticky: set) -> bool:
    @lru_cache(maxsize=None)
    def go(i: int, j: int) -> bool:
        if i == len(s):
            return j == len(u)
        if j >= len(u) or u[j] != s[i]:
            return False
        if go(i + 1, j + 1):
            return True
        return s[i] in sticky and j + 1 < len(u) and u[j + 1] == s[i] and go(i + 1, j + 2)

    return go(0, 0)


t = int(input())
for _ in range(t):
    s = input().strip()
    u = input().strip()
    letters = sorted(set(s))
    if not feasible(s, u, set(letters)):
        print(-1)
        continue
    done = False
    for size in range(len(letters) + 1):
        for combo in combinations(letters, size):
            if feasible(s, u, set(combo)):
                print(size)
                done = True
                break
        if done:
            break
