# Try every team of k athletes.
from itertools import combinations

t = int(input())
for _ in range(t):
    n, k = map(int, input().split())
    a = list(map(int, input().split()))
    count = 0
    for team in combinations(a, k):
        h = sorted(team, reverse=True)
        if (len(h) < 2 or h[0] > h[1]) and (len(h) < 3 or h[1] > h[2]):
            count += 1
    print(count % 998244353)
