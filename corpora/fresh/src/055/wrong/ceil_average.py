"""Rounds the average up to an integer before comparing."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    avg = (sum(a) + n - 1) // n
    print(sum(1 for x in a if x > avg))
