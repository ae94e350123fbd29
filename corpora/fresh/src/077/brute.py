# Dynamic programming over the stickers: cheapest[c] is the least total price of c stickers
# among those considered so far; the answer is the largest c with cheapest[c] <= s.
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    INF = float("inf")
    cheapest = [0] + [INF] * n
    for price in a:
        for c in range(n, 0, -1):
            if cheapest[c - 1] + price < cheapest[c]:
                cheapest[c] = cheapest[c - 1] + price
    print(max(c for c in range(n + 1) if cheapest[c] <= s))
