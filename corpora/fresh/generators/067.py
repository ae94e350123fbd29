"""Private tests of fresh/067: one move, moves that use exactly the time left (allowed), moves one
second too long, the bonus saving a player only when added after the move, Marina running out
first, draws, huge times and bonuses, many small random cases, and maximal inputs."""

import random

SEED = 27067
BIG = 10**9


def test(cases: list[tuple[int, int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(d) for _, _, d in cases) <= 3000
    for start, bonus, d in cases:
        assert 1 <= len(d) <= 100 and 1 <= start <= BIG and 0 <= bonus <= BIG
        assert all(1 <= v <= BIG for v in d)
    return f"{len(cases)}\n" + "".join(f"{len(d)} {s} {b}\n{' '.join(map(str, d))}\n" for s, b, d in cases)


def random_case(rng: random.Random, n: int) -> tuple[int, int, list[int]]:
    start = rng.choice([1, 5, 10, 30, rng.randint(1, 100), rng.randint(1, BIG)])
    bonus = rng.choice([0, 0, 1, 2, 5, rng.randint(0, 10), rng.randint(0, BIG)])
    # durations around the sustainable pace, so that both outcomes happen
    pace = max(1, bonus + start // max(1, n // 2))
    if rng.random() < 0.3:  # slow enough for a draw, with one long move by a random player
        d = [max(1, min(BIG, rng.randint(1, bonus + start // n + 1))) for _ in range(n)]
        if rng.random() < 0.5:
            d[rng.randrange(n)] = min(BIG, start + bonus * n + rng.randint(0, 3))
    else:
        d = [max(1, min(BIG, rng.randint(max(1, pace // 2), pace + pace // 2 + 1))) for _ in range(n)]
    return start, bonus, d


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 0, [1])]),
        test([(1, 0, [2]), (1, 0, [1, 2]), (1, 0, [1, 1, 1]), (2, 0, [2, 2]), (5, 0, [5, 6])]),
        test([(10, 3, [10, 3, 3, 10]), (10, 3, [10, 3, 4, 10]), (10, 3, [3, 13, 3, 1]), (4, 4, [4] * 100)]),
        test([(10, 5, [8, 1, 6, 1, 8]), (10, 5, [8, 1, 6, 1, 7]), (1, 1, [1, 1, 2, 2]), (1, 1, [2, 2])]),
        test([(BIG, BIG, [BIG] * 100), (BIG, 0, [BIG, BIG, 1, 1]), (BIG, 0, [BIG // 2 + 1] * 4), (1, BIG, [1] + [BIG] * 99)]),
        test([(100, 0, [1] * 99 + [2]), (100, 0, [1] * 100), (50, 0, [1] * 100), (49, 0, [1] * 100)]),
    ]
    for _ in range(12):  # small random cases
        tests.append(test([random_case(rng, rng.randint(1, 8)) for _ in range(rng.randint(10, 40))]))
    for _ in range(3):  # medium
        tests.append(test([random_case(rng, rng.randint(20, 100)) for _ in range(20)]))
    # maximal
    tests.append(test([random_case(rng, 100) for _ in range(30)]))
    tests.append(test([random_case(rng, 3) for _ in range(1000)]))
    return tests
