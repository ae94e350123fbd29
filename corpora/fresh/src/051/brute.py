# Enumerates every fragment s[l..r] of the word, letter by letter, and counts the fragments
# that are equal to p.
t = int(input())
for _ in range(t):
    s = input().strip()
    p = input().strip()
    count = 0
    for l in range(len(s)):
        frag = ""
        for r in range(l, len(s)):
            frag += s[r]
            if frag == p:
                count += 1
    print(count)
