# For every house compare it with every house to the east of it, O(n^2).
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    count = 0
    for i in range(n):
        if all(h[i] > h[j] for j in range(i + 1, n)):
            count += 1
    print(count)
