"""Never checks the appearance that ends at the last letter of s."""
t = int(input())
for _ in range(t):
    s = input().strip()
    p = input().strip()
    print(sum(1 for i in range(len(s) - len(p)) if s[i:i + len(p)] == p))
