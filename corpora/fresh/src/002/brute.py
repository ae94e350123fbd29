# Split the videos greedily into groups that fit into one full charge; charges = groups - 1.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    groups = [[]]
    for x in a:
        if sum(groups[-1]) + x <= 100:
            groups[-1].append(x)
        else:
            groups.append([x])
    print(len(groups) - 1)
