def solve(k: int, W: int, w: list[int]) -> int:
    """The number of trips the dormitory lift makes until all students are upstairs.

    k: the largest number of people in the lift at a time (1 <= k <= 100).
    W: the largest total weight in the lift, in kilograms (1 <= W <= 10^9).
    w: the weights of the students in the order of the queue, front first
       (1 <= len(w) <= 100, 1 <= w[i] <= W).
    Returns: the number of trips up, when for every trip the students enter one by
       one from the front of the queue as long as, with the student at the front
       inside, the lift holds at most k people weighing at most W in total; when the
       front student cannot enter or the queue is empty, the lift goes up and comes
       back empty. Nobody leaves the queue or lets anyone go ahead.
    """
    trips = 0
    people = k
    weight = 0
    for x in w:
        if people + 1 > k or weight + x > W:
            trips += 1
            people, weight = 0, 0
        people += 1
        weight += x
    return trips


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
        out.append(solve(k, cap, w))
    print("\n".join(map(str, out)))


main()
