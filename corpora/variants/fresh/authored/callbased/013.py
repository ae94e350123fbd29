def runs(w: str) -> list[tuple[str, int]]:
    res = []
    i = 0
    n = len(w)
    while i < n:
        j = i
        while j < n and w[j] == w[i]:
            j += 1
        res.append((w[i], j - i))
        i = j
    return res


def solve(s: str, u: str) -> int:
    """The minimum possible number of sticky keys.

    s: the word Alice wanted to type; she pressed its letters in order, each exactly
       once (lowercase Latin letters, 1 <= len(s) <= 2*10^5).
    u: the word shown on the screen afterwards (lowercase Latin letters,
       1 <= len(u) <= 2*10^5).
    Returns: the minimum number of sticky keys for which pressing the letters of s
       could result in u, or -1 if u cannot appear no matter which keys are sticky.
    """
    rs, ru = runs(s), runs(u)
    if len(rs) != len(ru):
        return -1
    sticky = set()
    for (c, a), (d, b) in zip(rs, ru):
        if c != d or b < a or b > 2 * a:
            return -1
        if b > a:
            sticky.add(c)
    return len(sticky)


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [str(solve(data[1 + 2 * i], data[2 + 2 * i])) for i in range(t)]
    print("\n".join(out))


main()
