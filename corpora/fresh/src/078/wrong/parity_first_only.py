"""Checks only that the first tower has the same parity as the lowest one."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    low = min(a)
    if (a[0] - low) % 2:
        print(-1)
    else:
        print(sum((x - low) // 2 for x in a))
