import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s = data[1 + i]
        best = cur = 1
        for j in range(1, len(s)):
            cur = cur + 1 if s[j] == s[j - 1] else 1
            best = max(best, cur)
        out.append(str(best))
    print("\n".join(out))


main()
