import sys
from collections import Counter


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        counts = Counter(data[1 + i])
        out.append("YES" if len(set(counts.values())) == 1 else "NO")
    print("\n".join(out))


main()
