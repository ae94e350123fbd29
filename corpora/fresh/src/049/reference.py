import sys

VOWELS = set("aeiou")


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s = data[1 + i]
        ok = all((s[j] in VOWELS) != (s[j + 1] in VOWELS) for j in range(len(s) - 1))
        out.append("YES" if ok else "NO")
    print("\n".join(out))


main()
