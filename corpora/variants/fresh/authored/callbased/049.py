def solve(s: str) -> str:
    """Decide whether Vasya's word is singable.

    s: the word, lowercase English letters (1 <= len(s) <= 100). The vowels are a, e,
       i, o and u; all other letters, including y, are consonants.
    Returns: "YES" if no two vowels stand next to each other and no two consonants
       stand next to each other in s (a one-letter word is singable), "NO" otherwise.
    """
    vowels = set("aeiou")
    ok = all((s[j] in vowels) != (s[j + 1] in vowels) for j in range(len(s) - 1))
    return "YES" if ok else "NO"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + i]) for i in range(t)]
    print("\n".join(out))


main()
