import sys


def weight(word: bytes) -> int:
    return sum(word) - 96 * len(word)


def main() -> None:
    data = sys.stdin.buffer.read().split()
    t = int(data[0])
    out = []
    for i in range(t):
        ws, wp = weight(data[1 + 2 * i]), weight(data[2 + 2 * i])
        out.append("NASTYA" if ws > wp else "PETYA" if wp > ws else "DRAW")
    print("\n".join(out))


main()
