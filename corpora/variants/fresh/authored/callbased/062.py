def solve(now: str, alarms: list[str]) -> int:
    """The number of minutes until the next ring of one of Monocarp's alarms.

    now: the current time H:M, written as "HH:MM" on the 24-hour clock (from "00:00"
       to "23:59").
    alarms: the times of the n alarms, each written as "HH:MM"; every alarm rings every
       day at its time, and several alarms may be set to the same time
       (1 <= len(alarms) <= 100).
    Returns: the number of minutes until the next moment at which some alarm rings: 0
       if an alarm is set exactly to the current time; if no alarm is set later today,
       the next ring happens tomorrow (a day has 1440 minutes).
    """

    def minutes(hhmm: str) -> int:
        h, m = hhmm.split(":")
        return int(h) * 60 + int(m)

    cur = minutes(now)
    return min((minutes(a) - cur) % 1440 for a in alarms)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        now = data[pos + 1]
        alarms = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        out.append(solve(now, alarms))
    print("\n".join(map(str, out)))


main()
