# For each player separately: their j-th move (j = 1, 2, ...) can be finished if and only if the sum
# of their first j move durations is at most T + (j - 1) * x. The earliest move, in the order of the
# game, that cannot be finished decides the winner.
import sys

data = sys.stdin.read().split()
t = int(data[0])
pos = 1
for _ in range(t):
    n, start, bonus = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
    d = [int(v) for v in data[pos + 3 : pos + 3 + n]]
    pos += 3 + n
    first_fail = {}
    for player in (0, 1):
        own = d[player::2]
        total = 0
        for j, dur in enumerate(own, start=1):
            total += dur
            if total > start + (j - 1) * bonus:
                first_fail[player] = 2 * (j - 1) + player  # index of this move in the game
                break
    if not first_fail:
        print("Draw")
    else:
        loser = min(first_fail, key=first_fail.get)
        print("Second" if loser == 0 else "First")
