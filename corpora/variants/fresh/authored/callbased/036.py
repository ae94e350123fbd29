def solve(a: list[int]) -> list[int]:
    """The fish left in the pipe after all fish have entered.

    a: the weights of the fish in the order in which they enter the pipe
       (1 <= len(a) <= 2*10^4, 1 <= a[i] <= 10^9).
    Returns: the weights of the fish left in the pipe, from the front of the line to
       the back.
    """
    stack = []
    for w in a:
        while stack and stack[-1] < w:
            w += stack.pop()
        stack.append(w)
    return stack


import sys


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    pos = 1
    out = []
    for _ in range(t):
        n = int(data[pos])
        a = [int(x) for x in data[pos + 1 : pos + 1 + n]]
        pos += 1 + n
        left = solve(a)
        out.append(str(len(left)))
        out.append(" ".join(map(str, left)))
    print("\n".join(out))


main()
