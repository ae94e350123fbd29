# For every k from 1 to n add up the last k days from scratch; the first k that suffices wins.
t = int(input())
for _ in range(t):
    n, s = map(int, input().split())
    a = list(map(int, input().split()))
    answer = -1
    for k in range(1, n + 1):
        if sum(a[n - k :]) >= s:
            answer = k
            break
    print(answer)
