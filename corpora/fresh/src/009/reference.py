import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        rows = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        w = m + 2  # a border of walls around the maze: no bounds checks needed
        grid = b"#" * w + b"".join(b"#" + r + b"#" for r in rows) + b"#" * w
        start = grid.index(b"S")
        target = grid.index(b"T")
        # free[p][v] = 1 while cell v may be occupied at a moment of parity p and has not been
        # reached at such a moment yet
        free0 = bytearray(grid.translate(bytes.maketrans(b".#ABST", b"\x01\x00\x01\x00\x01\x01")))
        free1 = bytearray(grid.translate(bytes.maketrans(b".#ABST", b"\x01\x00\x00\x01\x01\x01")))
        free = (free0, free1)
        free0[start] = 0
        frontier = [start]
        parity = 0
        time = 0
        answer = -1
        while frontier:
            if not free[parity][target] and (target in frontier):
                answer = time
                break
            parity ^= 1
            fr = free[parity]
            nxt = []
            push = nxt.append
            for v in frontier:
                for u in (v, v - w, v + w, v - 1, v + 1):
                    if fr[u]:
                        fr[u] = 0
                        push(u)
            frontier = nxt
            time += 1
        out.append(answer)
    print("\n".join(map(str, out)))


main()
