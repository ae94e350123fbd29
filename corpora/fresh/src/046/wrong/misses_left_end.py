"""Does not count a flash exactly at second l: r // k - l // k."""
t = int(input())
for _ in range(t):
    l, r, k = map(int, input().split())
    print(r // k - l // k)
