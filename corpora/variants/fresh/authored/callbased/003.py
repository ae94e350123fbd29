VOWELS = set("aeiou")


def solve(s: str, r: str) -> str:
    """Decide whether Timur can turn the word s into the word r.

    s: the word formed by the magnets on the fridge (lowercase English letters).
    r: the word Timur wants to get (lowercase English letters; its length may differ
       from the length of s).
    Returns: "YES" if Timur can turn s into r by swapping magnets of the same colour,
       and "NO" otherwise.
    """
    ok = len(s) == len(r) and sorted(s) == sorted(r)
    if ok:
        ok = all((a in VOWELS) == (b in VOWELS) for a, b in zip(s, r))
    return "YES" if ok else "NO"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    q = int(data[0])
    out = []
    for i in range(q):
        out.append(solve(data[1 + 2 * i], data[2 + 2 * i]))
    print("\n".join(out))


main()
