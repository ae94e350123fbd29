"""Also requires the letters that do not occur in the word to have the same count."""
t = int(input())
for _ in range(t):
    s = input().strip()
    counts = [s.count(c) for c in "abcdefghijklmnopqrstuvwxyz"]
    print("YES" if len(set(counts)) == 1 else "NO")
