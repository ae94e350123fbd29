"""Counts y as a vowel."""
t = int(input())
for _ in range(t):
    s = input().strip()
    v = [c in "aeiouy" for c in s]
    print("YES" if all(v[j] != v[j + 1] for j in range(len(s) - 1)) else "NO")
