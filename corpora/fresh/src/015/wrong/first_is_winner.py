"""Takes the first runner's time as the winner's time."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    print(sum(1 for x in a if x <= 2 * a[0]))
