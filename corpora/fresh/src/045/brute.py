# Energy from floor 1 up to floor f is up(f) = 1 + 2 + ... + (f - 1); a climb from a to b > a
# costs up(b) - up(a). For small floors up is also checked against a direct loop.


def up(f):
    if f <= 60:
        return sum(range(1, f))
    return f * (f - 1) // 2


t = int(input())
for _ in range(t):
    n = int(input())
    floors = list(map(int, input().split()))
    cur = 1
    total = 0
    for f in floors:
        if f > cur:
            total += up(f) - up(cur)
        cur = f
    print(total)
