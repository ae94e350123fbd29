"""Lets the entering fish eat at most one fish."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    line = []
    for w in a:
        if line and line[-1] < w:
            w += line.pop()
        line.append(w)
    print(len(line))
    print(*line)
