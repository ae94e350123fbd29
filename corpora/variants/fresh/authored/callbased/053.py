def solve(s: str, w: str) -> str:
    """Decide whether Alice can lay out the word w with the letter cards of the word s.

    s: the word spelled by the cards in the box, one card per letter of s, lowercase
       English letters (1 <= len(s) <= 100).
    w: the word Bob asks for, lowercase English letters (1 <= len(w) <= 100).
    Returns: "YES" if w can be laid out using each card at most once (not all cards
       have to be used, and the cards can be taken in any order), "NO" otherwise.
    """
    have = [0] * 26
    for c in s:
        have[ord(c) - 97] += 1
    ok = True
    for c in w:
        have[ord(c) - 97] -= 1
        if have[ord(c) - 97] < 0:
            ok = False
    return "YES" if ok else "NO"


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = [solve(data[1 + 2 * i], data[2 + 2 * i]) for i in range(t)]
    print("\n".join(out))


main()
