import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    to_free = bytes.maketrans(b".RB#", b"\x01\x01\x01\x00")
    to_col = bytes.maketrans(b".RB#", b"\x00\x01\x02\x00")
    for _ in range(t):
        n, m = int(data[pos]), int(data[pos + 1])
        rows = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        w = m + 2  # padded grid: a frame of holes around the paper
        frame = b"#" * w
        grid = frame + b"".join(b"#" + row + b"#" for row in rows) + frame
        free = grid.translate(to_free)
        col = bytearray(grid.translate(to_col))
        dist = [-1] * len(grid)
        queue = []
        for ch in (b"R", b"B"):
            v = grid.find(ch)
            while v != -1:
                queue.append(v)
                v = grid.find(ch, v + 1)
        for v in queue:
            dist[v] = 0
        head = 0
        while head < len(queue):
            u = queue[head]
            head += 1
            du = dist[u] + 1
            cu = col[u]
            for v in (u - 1, u + 1, u - w, u + w):
                if free[v]:
                    dv = dist[v]
                    if dv == -1:
                        dist[v] = du
                        col[v] = cu
                        queue.append(v)
                    elif dv == du:
                        col[v] |= cu
        cnt = [0, 0, 0, 0]
        for v in queue:
            cnt[col[v]] += 1
        out.append(f"{cnt[1]} {cnt[2]} {cnt[3]}")
    print("\n".join(out))


main()
