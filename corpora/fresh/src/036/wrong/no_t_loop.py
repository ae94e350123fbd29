"""Answers only the first test case."""
input()
n = int(input())
a = list(map(int, input().split()))
line = []
for w in a:
    while line and line[-1] < w:
        w += line.pop()
    line.append(w)
print(len(line))
print(*line)
