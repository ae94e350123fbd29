def solve(s: str) -> str:
    """The row of beads Nastya makes.

    s: the colours of Nastya's beads, one lowercase Latin letter per bead, in no
       particular order (1 <= len(s) <= 10^5).
    Returns: the lexicographically smallest row among all rows that use the maximum
       possible number of the beads and have no two neighbouring beads of the same
       colour, written as the string of its colours from left to right.
    """
    cnt = [0] * 26
    for ch in s:
        cnt[ord(ch) - 97] += 1
    total = len(s)
    big = max(range(26), key=lambda c: cnt[c])
    rest = total - cnt[big]
    if cnt[big] > rest + 1:
        cnt[big] = rest + 1
        total = 2 * rest + 1
    res = []
    prev = -1
    lo = 0
    R = total
    mx = max(cnt)
    while R > 0:
        while cnt[lo] == 0:
            lo += 1
        choice = -1
        if R & 1 and 2 * mx >= R + 1:
            mx = max(cnt)
            if 2 * mx == R + 1:
                choice = cnt.index(mx)
        if choice < 0:
            choice = lo
            if choice == prev:
                choice += 1
                while cnt[choice] == 0:
                    choice += 1
        res.append(choice)
        cnt[choice] -= 1
        prev = choice
        R -= 1
    return "".join(chr(97 + c) for c in res)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(solve(data[i]) for i in range(1, t + 1)))


main()
