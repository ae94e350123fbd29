# Every rental (l, r) checked directly, with the running sum and maximum.
t = int(input())
for _ in range(t):
    n, S = map(int, input().split())
    a = list(map(int, input().split()))
    cnt = 0
    for l in range(n):
        s = 0
        mx = 0
        for r in range(l, n):
            s += a[r]
            mx = max(mx, a[r])
            if s - mx <= S:
                cnt += 1
    print(cnt)
