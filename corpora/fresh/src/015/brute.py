# Sort the times and walk from the fastest runner until a time exceeds twice the first one.
t = int(input())
for _ in range(t):
    n = int(input())
    times = sorted(map(int, input().split()))
    medals = 0
    while medals < n and times[medals] <= times[0] + times[0]:
        medals += 1
    print(medals)
