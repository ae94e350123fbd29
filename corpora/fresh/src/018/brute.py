# Checks every segment, extending it to the right one lamp at a time.
t = int(input())
for _ in range(t):
    n = int(input())
    s = input().strip()
    assert len(s) == n
    count = 0
    for l in range(n):
        red = green = blue = 0
        for r in range(l, n):
            if s[r] == "R":
                red += 1
            elif s[r] == "G":
                green += 1
            else:
                blue += 1
            if red == green and blue % 2 == 0:
                count += 1
    print(count)
