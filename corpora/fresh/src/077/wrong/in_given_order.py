"""Buys the stickers in the given order and stops at the first one that is too expensive."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    count = 0
    for price in a:
        if price > s:
            break
        s -= price
        count += 1
    print(count)
