import sys


def minutes(hhmm: str) -> int:
    h, m = hhmm.split(":")
    return int(h) * 60 + int(m)


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        now = minutes(data[pos + 1])
        alarms = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        out.append(min((minutes(a) - now) % 1440 for a in alarms))
    print("\n".join(map(str, out)))


main()
