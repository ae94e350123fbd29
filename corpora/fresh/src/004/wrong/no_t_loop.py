"""Answers only the first test case."""
input()
n = int(input())
a = list(map(int, input().split()))
print("YES" if n >= 2 and sum(a) % 2 == 1 else "NO")
