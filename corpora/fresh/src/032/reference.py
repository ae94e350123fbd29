import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    q = int(data[0])
    out = []
    for k in range(q):
        s = data[1 + 2 * k].decode()
        t = data[2 + 2 * k].decode()
        kept = set(t)
        if not kept <= set(s):
            out.append("IMPOSSIBLE")
            continue
        filtered = "".join(c for c in s if c in kept)
        if filtered != t:
            out.append("IMPOSSIBLE")
            continue
        skipped = "".join(sorted(set(s) - kept))
        out.append(skipped if skipped else "NONE")
    print("\n".join(out))


main()
