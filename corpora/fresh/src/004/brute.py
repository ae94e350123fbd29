# Track every reachable (Alice parity, Bob parity, Alice has a bag, Bob has a bag) state bag by bag.
t = int(input())
for _ in range(t):
    n = int(input())
    a = list(map(int, input().split()))
    states = {(0, 0, False, False)}
    for x in a:
        p = x % 2
        new = set()
        for ap, bp, ah, bh in states:
            new.add(((ap + p) % 2, bp, True, bh))
            new.add((ap, (bp + p) % 2, ah, True))
        states = new
    print("YES" if (1, 0, True, True) in states else "NO")
