# Sorts the letters of the word and scans the runs of equal letters from left to right;
# a later run replaces the answer only if it is strictly longer.
t = int(input())
for _ in range(t):
    s = sorted(input().strip())
    best_letter, best_len = None, 0
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        if j - i > best_len:
            best_letter, best_len = s[i], j - i
        i = j
    print(best_letter, best_len)
