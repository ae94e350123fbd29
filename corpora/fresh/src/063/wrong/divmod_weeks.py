"""Splits k into k // c whole weeks and k % c trainings; when k % c == 0 it answers 7 * (k // c),
the end of the last week, even if that week ends with rest days."""
t = int(input())
for _ in range(t):
    d, k = map(int, input().split())
    s = input().strip()
    per_week = s.count("1")
    full, rest = divmod(k, per_week)
    day = 0
    while rest > 0:
        if s[(d - 1 + day) % 7] == "1":
            rest -= 1
        day += 1
    print(full * 7 + day)
