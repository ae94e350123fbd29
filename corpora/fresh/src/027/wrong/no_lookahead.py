"""Always takes the smallest colour different from the previous one, without looking ahead."""
t = int(input())
for _ in range(t):
    s = input().strip()
    cnt = [0] * 26
    for ch in s:
        cnt[ord(ch) - 97] += 1
    res = []
    prev = -1
    while True:
        choice = next((c for c in range(26) if cnt[c] and c != prev), -1)
        if choice < 0:
            break
        res.append(chr(97 + choice))
        cnt[choice] -= 1
        prev = choice
    print("".join(res))
