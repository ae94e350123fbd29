import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for s in data[1: 1 + t]:
        i = 0
        while i < len(s) and s[i] == "a":
            i += 1
        if i < len(s):
            s = s[:i] + "a" + s[i + 1:]
        out.append(s)
    print("\n".join(out))


main()
