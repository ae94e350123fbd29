"""Lets the last period be shorter than k days (as if the contract could be cut at the end)."""
t = int(input())
for _ in range(t):
    n, k, c = map(int, input().split())
    price = [list(map(int, input().split())), list(map(int, input().split()))]
    pre = []
    for p in price:
        s = [0]
        for v in p:
            s.append(s[-1] + v)
        pre.append(s)
    inf = float("inf")
    f = [[inf] * (n + 1) for _ in range(2)]
    for s in range(2):
        if k <= n:
            f[s][k] = pre[s][k]
    for i in range(k + 1, n + 1):
        for s in range(2):
            best = f[s][i - 1] + price[s][i - 1]
            if f[1 - s][i - k] != inf:
                best = min(best, f[1 - s][i - k] + c + pre[s][i] - pre[s][i - k])
            f[s][i] = best
    ans = min(f[0][n], f[1][n])
    for s in range(2):  # a last period of fewer than k days after a complete one
        for j in range(max(k, n - k + 1), n):
            ans = min(ans, f[1 - s][j] + c + pre[s][n] - pre[s][j])
    print(ans)
