"""Private tests of fresh/066: a corridor of one cell, starts at either end, programs that push the
robot against a wall and then back (skipped commands must not count), long runs in one direction,
zigzags, huge m, many small random cases in short corridors, and maximal inputs."""

import random

SEED = 27066
MAX_M = 10**9


def test(cases: list[tuple[int, int, str]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(s) for _, _, s in cases) <= 2 * 10**4
    for m, p, s in cases:
        assert 1 <= len(s) <= 100 and 1 <= p <= m <= MAX_M and set(s) <= {"L", "R"}
    return f"{len(cases)}\n" + "".join(f"{len(s)} {m} {p}\n{s}\n" for m, p, s in cases)


def random_case(rng: random.Random, n: int) -> tuple[int, int, str]:
    m = rng.choice([1, 2, 3, rng.randint(1, 10), rng.randint(1, 200), MAX_M])
    p = rng.choice([1, m, rng.randint(1, m)])
    bias = rng.choice([0.1, 0.5, 0.9])
    s = "".join("R" if rng.random() < bias else "L" for _ in range(n))
    return m, p, s


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(1, 1, "L")]),
        test([(1, 1, "R"), (2, 1, "L"), (2, 1, "R"), (2, 2, "R"), (2, 2, "L"), (2, 1, "RRRR")]),
        test([(3, 1, "LLLLRR"), (3, 3, "RRRLLL"), (5, 3, "RRRRRRLL"), (5, 3, "LLLLLLRR"), (4, 2, "RRRRLL")]),
        test([(10, 5, "RLRLRLRL"), (10, 5, "LRLRLR"), (MAX_M, MAX_M, "RRRRL"), (MAX_M, 1, "LLLLR"), (MAX_M, 7, "L" * 10)]),
        test([(100, 50, "R" * 100), (100, 1, "R" * 100), (100, 100, "L" * 100), (MAX_M, 1, "RL" * 50)]),
    ]
    for _ in range(13):  # small random cases
        tests.append(test([random_case(rng, rng.randint(1, 12)) for _ in range(rng.randint(10, 40))]))
    for _ in range(3):  # medium
        tests.append(test([random_case(rng, rng.randint(30, 100)) for _ in range(50)]))
    # maximal: sum of n = 2 * 10^4
    tests.append(test([random_case(rng, 100) for _ in range(200)]))
    tests.append(test([random_case(rng, 20) for _ in range(1000)]))
    return tests
