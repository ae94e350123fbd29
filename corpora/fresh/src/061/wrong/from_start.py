"""Takes the first days instead of the last ones."""
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    answer = -1
    total = 0
    for k in range(1, n + 1):
        total += a[k - 1]
        if total >= s:
            answer = k
            break
    print(answer)
