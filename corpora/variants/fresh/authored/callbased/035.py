def solve(sheet: list[str]) -> list[int]:
    """The numbers of red, blue and purple cells when the ink stops spreading.

    sheet: the rows of the sheet from top to bottom, all of the same length; '.' is
       a clean cell, '#' is a hole, 'R' is a drop of red ink and 'B' is a drop of
       blue ink (1 <= number of cells <= 10^5).
    Returns: [red, blue, purple], the numbers of red, blue and purple cells at the
       end (the drops themselves are counted with their colours).
    """
    to_free = bytes.maketrans(b".RB#", b"\x01\x01\x01\x00")
    to_col = bytes.maketrans(b".RB#", b"\x00\x01\x02\x00")
    m = len(sheet[0])
    w = m + 2
    frame = b"#" * w
    grid = frame + b"".join(b"#" + row.encode() + b"#" for row in sheet) + frame
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
    return [cnt[1], cnt[2], cnt[3]]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        rows = data[pos + 2 : pos + 2 + n]
        pos += 2 + n
        out.append(" ".join(map(str, solve(rows))))
    print("\n".join(out))


main()
