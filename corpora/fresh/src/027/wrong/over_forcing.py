"""Puts a colour first as soon as it makes up half of the remaining beads, even when R is even."""
t = int(input())
for _ in range(t):
    s = input().strip()
    cnt = [0] * 26
    for ch in s:
        cnt[ord(ch) - 97] += 1
    big = max(range(26), key=lambda c: cnt[c])
    rest = len(s) - cnt[big]
    cnt[big] = min(cnt[big], rest + 1)
    R = sum(cnt)
    res = []
    prev = -1
    while R > 0:
        m = max(cnt)
        if 2 * m >= R and cnt.index(m) != prev:
            choice = cnt.index(m)
        else:
            choice = next(c for c in range(26) if cnt[c] and c != prev)
        res.append(chr(97 + choice))
        cnt[choice] -= 1
        prev = choice
        R -= 1
    print("".join(res))
