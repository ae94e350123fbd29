"""Private tests of fresh/077: the minimal case, budgets that are hit exactly, budgets one coin
short, nothing affordable, everything affordable, expensive stickers before cheap ones, many
small random cases, and maximal inputs at the bounds."""

import random

SEED = 27077
MAX_T = 100
MAX_N = 50
MAX_S = 10**9
MAX_A = 10**6


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= MAX_T
    for s, a in cases:
        assert 1 <= len(a) <= MAX_N and 1 <= s <= MAX_S
        assert all(1 <= x <= MAX_A for x in a)
    return f"{len(cases)}\n" + "".join(f"{len(a)} {s}\n{' '.join(map(str, a))}\n" for s, a in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, [1])]),
        test([(1, [2]), (2, [2]), (3, [2]), (5, [2, 3]), (4, [2, 3]), (3, [3, 2])]),
        test([(10, [9, 1, 1, 1, 1, 1]), (5, [9, 1, 1, 1, 1, 1]), (4, [9, 1, 1, 1, 1, 1]),
              (9, [5, 4, 1]), (10, [5, 4, 1]), (1, [5, 4, 1])]),
        test([(MAX_S, [MAX_A] * MAX_N), (MAX_A, [MAX_A] * MAX_N), (MAX_A - 1, [MAX_A] * MAX_N)]),
        test([(6, [3, 3, 3]), (7, [100, 1, 2, 3, 1]), (3, [1, 1, 1, 1]), (2, [4, 5, 6])]),
    ]
    for _ in range(12):  # small random cases
        cases = []
        for _ in range(rng.randint(10, 40)):
            n = rng.randint(1, 8)
            top = rng.choice([3, 10, 100])
            a = [rng.randint(1, top) for _ in range(n)]
            mode = rng.randint(0, 2)
            if mode == 0:  # a budget hit exactly by some cheapest prefix
                b = sorted(a)
                s = sum(b[: rng.randint(1, n)])
            elif mode == 1:
                s = max(1, sum(sorted(a)[: rng.randint(1, n)]) - 1)
            else:
                s = rng.randint(1, sum(a) + 5)
            cases.append((s, a))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(30):
            n = rng.randint(20, MAX_N)
            a = [rng.randint(1, MAX_A) for _ in range(n)]
            cases.append((rng.randint(1, sum(a)), a))
        tests.append(test(cases))
    big = []
    for _ in range(MAX_T):
        a = [rng.randint(MAX_A // 2, MAX_A) for _ in range(MAX_N)]
        big.append((rng.randint(1, sum(a)), a))
    tests.append(test(big))
    tests.append(test([(MAX_S, [rng.randint(1, MAX_A) for _ in range(MAX_N)]) for _ in range(MAX_T)]))
    return tests
