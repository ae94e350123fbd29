# Direct simulation: flip the coins one by one, then count heads in every asked range.
import sys

data = sys.stdin.read().split()
n, m, q = int(data[0]), int(data[1]), int(data[2])
coins = list(data[3])
pos = 4
for _ in range(m):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    i = l
    while i <= r:
        coins[i - 1] = "T" if coins[i - 1] == "H" else "H"
        i += 2
answers = []
for _ in range(q):
    l, r = int(data[pos]), int(data[pos + 1])
    pos += 2
    answers.append(coins[l - 1 : r].count("H"))
print("\n".join(map(str, answers)))
