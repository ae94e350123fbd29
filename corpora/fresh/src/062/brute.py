# Let the clock tick minute by minute, formatting the shown time as HH:MM, until it matches an alarm.
t = int(input())
for _ in range(t):
    n, now = input().split()
    alarms = set(input().split())
    h, m = int(now[:2]), int(now[3:])
    waited = 0
    while f"{h:02d}:{m:02d}" not in alarms:
        m += 1
        if m == 60:
            m = 0
            h += 1
            if h == 24:
                h = 0
        waited += 1
    print(waited)
