"""Answers ceil((n - 1) / 2) whenever there are no two puddles in a row, as if every tile were dry."""
t = int(input())
for _ in range(t):
    n = int(input())
    s = input().strip()
    print(-1 if "**" in s else n // 2)
