import sys

VOWELS = set(b"aeiou")


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s = data[1 + 2 * i]
        r = data[2 + 2 * i]
        ok = len(s) == len(r) and sorted(s) == sorted(r)
        if ok:
            ok = all((a in VOWELS) == (b in VOWELS) for a, b in zip(s, r))
        out.append("YES" if ok else "NO")
    print("\n".join(out))


main()
