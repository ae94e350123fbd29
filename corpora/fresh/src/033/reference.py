import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n, k = int(data[pos]), int(data[pos + 1])
        need = [int(x) for x in data[pos + 2 : pos + 2 + n]]
        pos += 2 + n
        alive = list(range(n))  # guests who still want tea, in row order
        order = []
        teapot = k
        while alive:
            kept = []
            restarted = False
            for idx, g in enumerate(alive):
                need[g] -= 1
                teapot -= 1
                if need[g] == 0:
                    order.append(g + 1)
                else:
                    kept.append(g)
                if teapot == 0:
                    teapot = k
                    alive = kept + alive[idx + 1 :]
                    restarted = True
                    break
            if not restarted:
                alive = kept
        out.append(" ".join(map(str, order)))
    print("\n".join(out))


main()
