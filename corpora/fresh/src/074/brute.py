# Counts the squares by their lower right cell: the cell in row i and column j is the lower right
# cell of exactly one square of each size 1..min(i, j).
t = int(input())
for _ in range(t):
    n, m = map(int, input().split())
    total = 0
    for i in range(1, n + 1):
        total += sum(min(i, j) for j in range(1, m + 1))
    print(total)
