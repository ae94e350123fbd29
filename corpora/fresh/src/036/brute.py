# Keep every fish with an "alive" flag and, for the entering fish, search backwards for the
# nearest fish that is still alive, exactly as the fish would look in front of itself.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    weight = a[:]
    alive = [False] * n
    for i in range(n):
        alive[i] = True
        while True:
            j = i - 1
            while j >= 0 and not alive[j]:
                j -= 1
            if j < 0 or weight[j] >= weight[i]:
                break
            weight[i] += weight[j]
            alive[j] = False
    left = [weight[i] for i in range(n) if alive[i]]
    print(len(left))
    print(*left)
