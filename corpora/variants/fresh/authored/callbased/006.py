def solve(s: str, friends: list[tuple[int, int]], questions: list[tuple[int, int]]) -> list[int]:
    """Answer the sister's questions about the coins after all friends have turned them.

    s: the coins from left to right, s[i - 1] is "H" if coin i shows heads and "T" if
       it shows tails (1 <= len(s) <= 5*10^4).
    friends: the pairs (l_j, r_j) chosen by the friends, in the order in which they came;
       1 <= l_j <= r_j <= len(s).
    questions: the pairs (a_k, b_k) of the questions, in order; 1 <= a_k <= b_k <= len(s).
    Returns: for each question, the number of coins among a_k, a_k + 1, ..., b_k that
       show heads after all friends are done.
    """
    n = len(s)
    diff = [0] * (n + 3)
    for l, r in friends:
        last = l + 2 * ((r - l) // 2)
        diff[l] ^= 1
        diff[last + 2] ^= 1
    flip = [0] * (n + 1)
    pref = [0] * (n + 1)
    for i in range(1, n + 1):
        f = diff[i] ^ (flip[i - 2] if i >= 2 else 0)
        flip[i] = f
        head = (s[i - 1] == "H") ^ f
        pref[i] = pref[i - 1] + head
    return [pref[r] - pref[l - 1] for l, r in questions]


import sys


def main() -> None:
    data = sys.stdin.read().split()
    n, m, q = int(data[0]), int(data[1]), int(data[2])
    s = data[3]
    pos = 4
    friends = []
    for _ in range(m):
        friends.append((int(data[pos]), int(data[pos + 1])))
        pos += 2
    questions = []
    for _ in range(q):
        questions.append((int(data[pos]), int(data[pos + 1])))
        pos += 2
    print("\n".join(map(str, solve(s, friends, questions))))


main()
