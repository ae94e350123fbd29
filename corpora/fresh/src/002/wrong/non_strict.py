"""Charges also when the charge is exactly a_i (which is still enough for the video)."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    charge, charges = 100, 0
    for x in a:
        if charge <= x:
            charges += 1
            charge = 100
        charge -= x
    print(charges)
