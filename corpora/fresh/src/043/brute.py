# Jump along the departures: take the largest step of 2^p ferries that still leaves before x,
# for p from high to low, then the next ferry is the one Vasya takes.
t = int(input())
for _ in range(t):
    s, k, x = map(int, input().split())
    dep = s
    if dep < x:
        # dep stays strictly before x; find the last departure before x
        for p in range(40, -1, -1):
            if dep + (k << p) < x:
                dep += k << p
        dep += k
    print(dep - x)
