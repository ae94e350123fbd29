# Walk every friend over every hill.
n, q, c, d = map(int, input().split())
h = list(map(int, input().split()))
s = list(map(int, input().split()))
for st in s:
    total = 0
    for x in h:
        if x <= st:
            pass
        elif x < st + c:
            total += x - st
        else:
            total += d
    print(total)
