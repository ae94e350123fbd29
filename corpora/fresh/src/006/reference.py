import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    s = data[3]
    # diff[i] = 1 toggles the flip state of the chain i, i + 2, i + 4, ... from i on
    diff = [0] * (n + 3)
    pos = 4
    for _ in range(m):
        l = int(data[pos])
        r = int(data[pos + 1])
        pos += 2
        last = l + 2 * ((r - l) // 2)
        diff[l] ^= 1
        diff[last + 2] ^= 1
    flip = [0] * (n + 1)
    pref = [0] * (n + 1)
    for i in range(1, n + 1):
        f = diff[i] ^ (flip[i - 2] if i >= 2 else 0)
        flip[i] = f
        head = (s[i - 1] == 72) ^ f  # 72 = 'H'
        pref[i] = pref[i - 1] + head
    out = []
    for _ in range(q):
        l = int(data[pos])
        r = int(data[pos + 1])
        pos += 2
        out.append(pref[r] - pref[l - 1])
    print("\n".join(map(str, out)))


main()
