import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k, cap = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        w = [int(x) for x in data[pos + 3 : pos + 3 + n]]
        pos += 3 + n
        trips = 0
        people = k  # forces a new trip for the first student
        weight = 0
        for x in w:
            if people + 1 > k or weight + x > cap:
                trips += 1
                people, weight = 0, 0
            people += 1
            weight += x
        out.append(trips)
    print("\n".join(map(str, out)))


main()
