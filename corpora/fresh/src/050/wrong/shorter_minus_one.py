"""Never lets k reach the length of the shorter word."""
t = int(input())
for _ in range(t):
    s, p = input().split()
    k = 0
    while k < min(len(s), len(p)) - 1 and s[-1 - k] == p[-1 - k]:
        k += 1
    print(k)
