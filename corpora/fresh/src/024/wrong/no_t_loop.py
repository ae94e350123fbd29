"""Answers only the first test case."""
input()
n, m, k = map(int, input().split())
print(max(0, n - 2 * k) * max(0, m - 2 * k))
