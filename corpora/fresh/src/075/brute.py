# Try all six orders of the skiers and keep the one in which every skier is ahead of the next
# one by the race rules (a smaller time, or an equal time and a smaller bib number).
from itertools import permutations


def ahead(a, i, j):
    """Whether skier i (0-based) takes a higher place than skier j."""
    if a[i] != a[j]:
        return a[i] < a[j]
    return i < j


t = int(input())
for _ in range(t):
    a = list(map(int, input().split()))
    good = [p for p in permutations(range(3)) if ahead(a, p[0], p[1]) and ahead(a, p[1], p[2])]
    assert len(good) == 1
    print(" ".join(str(i + 1) for i in good[0]))
