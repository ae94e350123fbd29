"""Takes the absolute difference of the times, forgetting that past alarms ring tomorrow."""
t = int(input())
for _ in range(t):
    n, now = input().split()
    cur = int(now[:2]) * 60 + int(now[3:])
    best = min(abs(int(a[:2]) * 60 + int(a[3:]) - cur) for a in input().split())
    print(best)
