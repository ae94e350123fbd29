import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, d = int(data[pos]), int(data[pos + 1])
        h = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        top = max(h)
        if d == 1:
            out.append(top)  # every monster loses exactly 1 per second
            continue
        e = d - 1

        def enough(sec: int) -> bool:
            # Monster i chosen k times loses sec + k·(D − 1) points; it needs
            # k ≥ ceil((h_i − sec) / (D − 1)) hits, and the hits must fit into sec seconds.
            need = 0
            for x in h:
                if x > sec:
                    need += (x - sec + e - 1) // e
                    if need > sec:
                        return False
            return True

        lo, hi = 1, top  # top seconds always suffice
        while lo < hi:
            mid = (lo + hi) // 2
            if enough(mid):
                hi = mid
            else:
                lo = mid + 1
        out.append(lo)
    print("\n".join(map(str, out)))


main()
