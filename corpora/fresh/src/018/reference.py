import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    R, G, B = ord("R"), ord("G"), ord("B")
    for k in range(t):
        s = data[2 + 2 * k]
        # A segment is festive iff the prefix before it and the prefix at its end have the
        # same (red − green, blue mod 2) key; count equal pairs among the n + 1 prefixes.
        seen = {0: 1}
        key = 0  # 2·(red − green) + (blue mod 2), an integer that encodes the pair
        total = 0
        for ch in s:
            if ch == R:
                key += 2
            elif ch == G:
                key -= 2
            else:
                key ^= 1
            c = seen.get(key, 0)
            total += c
            seen[key] = c + 1
        out.append(total)
    print("\n".join(map(str, out)))


main()
