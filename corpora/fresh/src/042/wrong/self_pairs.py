"""Also counts a card paired with itself (every card gives an even sum with itself)."""
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    odd = sum(x % 2 for x in a)
    even = n - odd
    print(odd * (odd + 1) // 2 + even * (even + 1) // 2)
