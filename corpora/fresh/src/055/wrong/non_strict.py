"""Also counts students whose score equals the average."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    s = sum(a)
    print(sum(1 for x in a if x * n >= s))
