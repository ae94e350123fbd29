"""Answers only the first test case."""
input()
n = int(input())
a = list(map(int, input().split()))
print(sum(1 for i in range(n) if a[i] > a[i - 1] and a[i] > a[(i + 1) % n]))
