"""Thinks Bob must get a bag with an even number of candies (misses Bob taking two odd bags)."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    has_even = any(x % 2 == 0 for x in a)
    print("YES" if has_even and sum(a) % 2 == 1 else "NO")
