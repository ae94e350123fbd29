"""Does not compare the last two letters of the word."""
t = int(input())
for _ in range(t):
    s = input().strip()
    v = [c in "aeiou" for c in s]
    print("YES" if all(v[j] != v[j + 1] for j in range(len(s) - 2)) else "NO")
