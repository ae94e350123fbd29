"""Correct condition, but checks every k from scratch: O(n^2) when many candles can burn together."""
t = int(input())
for _ in range(t):
    n = int(input())
    b = sorted(map(int, input().split()), reverse=True)
    best = 0
    for k in range(1, n + 1):
        ok = True
        for s in range(1, k + 1):
            if b[s - 1] < k - s + 1:
                ok = False
                break
        if ok:
            best = k
    print(best)
