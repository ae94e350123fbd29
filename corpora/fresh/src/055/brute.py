# A student is above the average exactly when the differences to all classmates sum to a
# positive number: sum over j of (a_i - a_j) > 0. Check this pair by pair, O(n^2).
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    praised = 0
    for i in range(n):
        diff = 0
        for j in range(n):
            diff += a[i] - a[j]
        if diff > 0:
            praised += 1
    print(praised)
