# Game search over the states (candies left of the golden one, candies right of it).
import sys
from functools import lru_cache

sys.setrecursionlimit(10000)


@lru_cache(maxsize=None)
def mover_wins(left: int, right: int) -> bool:
    if left == 0 or right == 0:
        return True  # the golden candy is at an end: eat it
    return not mover_wins(left - 1, right) or not mover_wins(left, right - 1)


data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, k = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    assert n <= 2000, "the brute force only handles small n"
    print("First" if mover_wins(k - 1, n - k) else "Second")
