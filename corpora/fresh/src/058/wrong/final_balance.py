"""Only makes sure the wallet is not negative at the end of the day."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    print(max(0, -sum(a)))
