# For every position of the word, counts the occurrences of its letter by scanning the whole
# word, and checks that all these counts are equal to the count of the first letter.
t = int(input())
for _ in range(t):
    s = input().strip()

    def occurrences(c):
        k = 0
        for d in s:
            if d == c:
                k += 1
        return k

    first = occurrences(s[0])
    fair = True
    for c in s:
        if occurrences(c) != first:
            fair = False
    print("YES" if fair else "NO")
