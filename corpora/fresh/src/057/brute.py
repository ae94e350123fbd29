# Split the trail into maximal strictly rising stretches; on each stretch Timur climbs from
# its bottom to its top, and nowhere else.
t = int(input())
for _ in range(t):
    n = int(input())
    h = list(map(int, input().split()))
    climbed = 0
    i = 0
    while i < n:
        j = i
        while j + 1 < n and h[j + 1] > h[j]:
            j += 1
        climbed += h[j] - h[i]
        i = j + 1
    print(climbed)
