"""Goes through the stickers in the given order and buys every one that is still affordable."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    count = 0
    for price in a:
        if price <= s:
            s -= price
            count += 1
    print(count)
