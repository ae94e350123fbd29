# Simulates Alice: for each letter of w in turn, looks for a card with that letter among the
# cards still in the box and takes it out; fails if there is none.
t = int(input())
for _ in range(t):
    s, w = input().split()
    box = list(s)
    ok = True
    for c in w:
        if c in box:
            box.remove(c)
        else:
            ok = False
            break
    print("YES" if ok else "NO")
