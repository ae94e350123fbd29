"""Only considers plans that change the shop at most once."""
t = int(input())
for _ in range(t):
    n, k, c = map(int, input().split())
    a = list(map(int, input().split()))
    b = list(map(int, input().split()))
    pa = [0]
    pb = [0]
    for i in range(n):
        pa.append(pa[-1] + a[i])
        pb.append(pb[-1] + b[i])
    best = min(pa[n], pb[n])
    for j in range(k, n - k + 1):
        best = min(best, pa[j] + c + pb[n] - pb[j], pb[j] + c + pa[n] - pa[j])
    print(best)
