"""Does not count today's training: starts the plan on the next day."""
t = int(input())
for _ in range(t):
    d, k = map(int, input().split())
    s = input().strip()
    per_week = s.count("1")
    full = (k - 1) // per_week
    rest = k - full * per_week
    day = 0
    while rest > 0:
        day += 1
        if s[(d - 1 + day) % 7] == "1":
            rest -= 1
    print(full * 7 + day)
