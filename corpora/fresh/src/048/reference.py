import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        s = data[1 + i]
        cnt = [0] * 26
        for c in s:
            cnt[ord(c) - 97] += 1
        best = max(range(26), key=lambda k: (cnt[k], -k))
        out.append(f"{chr(97 + best)} {cnt[best]}")
    print("\n".join(out))


main()
