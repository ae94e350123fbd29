def solve(s: str) -> int:
    """The number of festive segments of the garland.

    s: the colours of the lamps from left to right, each character R, G or B
       (1 <= len(s) <= 2*10^5).
    Returns: the number of segments of consecutive lamps with exactly as many red
       lamps as green lamps and an even number of blue lamps.
    """
    seen = {0: 1}
    key = 0
    total = 0
    for ch in s:
        if ch == "R":
            key += 2
        elif ch == "G":
            key -= 2
        else:
            key ^= 1
        c = seen.get(key, 0)
        total += c
        seen[key] = c + 1
    return total


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for k in range(t):
        out.append(solve(data[2 + 2 * k]))
    print("\n".join(map(str, out)))


main()
