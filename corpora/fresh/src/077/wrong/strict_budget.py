"""Requires the total price to be strictly less than s."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = sorted(map(int, input().split()))
    count = 0
    total = 0
    for price in a:
        if total + price >= s:
            break
        total += price
        count += 1
    print(count)
