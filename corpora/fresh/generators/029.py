"""Private tests of fresh/029: one machine, machines without helpers, everyone helping
everyone, chains (each machine helps the next), a slow machine that helps all, tiny times
where the 1-hour minimum matters, huge times, many small random factories, and maximal
factories with n = 15 (sum of 2^n at the bound)."""

import random

SEED = 26029
MAX_T = 10**9


def case(machines: list[tuple[int, list[int]]]) -> str:
    n = len(machines)
    assert 1 <= n <= 15
    lines = [str(n)]
    for i, (ti, hs) in enumerate(machines, start=1):
        assert 1 <= ti <= MAX_T and len(set(hs)) == len(hs) and all(1 <= h <= n and h != i for h in hs)
        lines.append(" ".join(map(str, [ti, len(hs)] + hs)))
    return "\n".join(lines) + "\n"


def test(cases: list[list[tuple[int, list[int]]]]) -> str:
    assert 1 <= len(cases) <= 1000 and sum(2 ** len(c) for c in cases) <= 2**15
    return f"{len(cases)}\n" + "".join(case(c) for c in cases)


def rand_case(rng: random.Random, n: int, top: int, density: float) -> list[tuple[int, list[int]]]:
    machines = []
    for i in range(1, n + 1):
        hs = [j for j in range(1, n + 1) if j != i and rng.random() < density]
        rng.shuffle(hs)
        machines.append((rng.randint(1, top), hs))
    return machines


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([[(1, [])]]),
        test([[(MAX_T, [])], [(3, []), (4, [])], [(1, [2]), (1, [1])], [(8, [2]), (8, [1])]]),
        test([[(10, [j for j in range(1, 6) if j != i]) for i in range(1, 6)], [(2**k, [k]) if k > 0 else (1, []) for k in range(6)]]),
        test([[(100, [])] + [(rng.randint(40, 70), [1]) for _ in range(5)], [(5, [2]), (5, [3]), (5, [4]), (5, [1])]]),
        test([[(1, []), (3, [1]), (2, [1, 2])], [(2, [2, 3]), (2, [1, 3]), (2, [1, 2])], [(3, [3]), (1, []), (7, [1, 2])]]),
        test([[(MAX_T, [j for j in range(1, 11) if j != i]) for i in range(1, 11)]]),
    ]
    for _ in range(12):
        cases = []
        budget = 2**15
        while len(cases) < 60:
            n = rng.randint(1, 7)
            if 2**n > budget:
                break
            budget -= 2**n
            cases.append(rand_case(rng, n, rng.choice([3, 10, 100, MAX_T]), rng.choice([0.2, 0.5, 0.8])))
        tests.append(test(cases))
    for _ in range(3):
        cases = [rand_case(rng, rng.randint(8, 11), rng.choice([20, 10**6, MAX_T]), rng.choice([0.2, 0.4, 0.7])) for _ in range(8)]
        tests.append(test(cases))
    # maximal: n = 15 with sparse helpers and big times; dense helpers and small times; two n = 14
    tests.append(test([rand_case(rng, 15, MAX_T, 0.25)]))
    tests.append(test([rand_case(rng, 15, 50, 0.6)]))
    tests.append(test([rand_case(rng, 14, 1000, 0.3), rand_case(rng, 14, MAX_T, 0.5)]))
    return tests
