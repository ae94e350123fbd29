def solve(s: str, t: str) -> str:
    """Which letters Kesha cannot pronounce.

    s: the word said by Nastya (lowercase English letters, 1 <= len(s) <= 2*10^5).
    t: the word said by Kesha (lowercase English letters, 1 <= len(t) <= 2*10^5).
    Returns: "IMPOSSIBLE" if no set of letters turns s into t; "NONE" if t can be
       obtained and Kesha pronounces every letter of s (t = s); otherwise the distinct
       letters of s that Kesha cannot pronounce, in alphabetical order, without spaces.
    """
    kept = set(t)
    if not kept <= set(s):
        return "IMPOSSIBLE"
    filtered = "".join(ch for ch in s if ch in kept)
    if filtered != t:
        return "IMPOSSIBLE"
    skipped = "".join(sorted(set(s) - kept))
    return skipped if skipped else "NONE"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    out = []
    for k in range(q):
        out.append(solve(data[1 + 2 * k], data[2 + 2 * k]))
    print("\n".join(out))


main()
