"""Lets a fish also eat a fish of the same weight."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    line = []
    for w in a:
        while line and line[-1] <= w:
            w += line.pop()
        line.append(w)
    print(len(line))
    print(*line)
