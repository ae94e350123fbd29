import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s, w = data[1 + 2 * i], data[2 + 2 * i]
        have = [0] * 26
        for c in s:
            have[ord(c) - 97] += 1
        ok = True
        for c in w:
            have[ord(c) - 97] -= 1
            if have[ord(c) - 97] < 0:
                ok = False
        out.append("YES" if ok else "NO")
    print("\n".join(out))


main()
