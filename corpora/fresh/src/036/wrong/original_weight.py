"""Adds the eaten weight but keeps comparing with the weight the fish had when it entered."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    line = []
    for x in a:
        w = x
        while line and line[-1] < x:
            w += line.pop()
        line.append(w)
    print(len(line))
    print(*line)
