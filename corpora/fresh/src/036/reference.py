import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = data[pos + 1 : pos + 1 + n]
        pos += 1 + n
        stack = []
        for x in a:
            w = int(x)
            while stack and stack[-1] < w:
                w += stack.pop()
            stack.append(w)
        out.append(str(len(stack)))
        out.append(" ".join(map(str, stack)))
    print("\n".join(out))


main()
