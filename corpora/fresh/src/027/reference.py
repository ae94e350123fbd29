import sys


def solve(s: bytes) -> str:
    cnt = [0] * 26
    for ch in s:
        cnt[ch - 97] += 1
    total = len(s)
    big = max(range(26), key=lambda c: cnt[c])
    rest = total - cnt[big]
    if cnt[big] > rest + 1:  # only copies of the dominant colour can be in the way
        cnt[big] = rest + 1
        total = 2 * rest + 1
    # Invariant: the remaining beads can follow `prev`, i.e. cnt[prev] <= R // 2 and every
    # cnt <= (R + 1) // 2. A colour with cnt = (R + 1) / 2 (R odd) must go first; otherwise
    # the smallest colour different from prev keeps the invariant.
    res = []
    prev = -1
    lo = 0
    R = total
    mx = max(cnt)  # an upper bound of the largest count, refreshed only when it matters
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


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    print("\n".join(solve(data[i]) for i in range(1, t + 1)))


main()
