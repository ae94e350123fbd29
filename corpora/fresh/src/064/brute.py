# Trip by trip: with prefix sums, try every possible number of students for the trip and take the
# largest group from the front of the queue that satisfies both limits.
import sys

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, k, cap = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    w = [int(x) for x in data[pos + 3 : pos + 3 + n]]
    pos += 3 + n
    prefix = [0]
    for x in w:
        prefix.append(prefix[-1] + x)
    front = 0
    trips = 0
    while front < n:
        best = max(
            size
            for size in range(1, n - front + 1)
            if size <= k and prefix[front + size] - prefix[front] <= cap
        )
        front += best
        trips += 1
    print(trips)
