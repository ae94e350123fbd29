"""Private tests of fresh/011: n = k = 1, m = 1, b_i = 1 (cooling after every bar), c_i = 0 (no
cooling), huge m with tiny and huge cooling times, answers that fall right at a cooling period
(where forgetting min(b_i, .) overcounts), fast machines that cool for a long time (a fixed choice
of the k fastest machines is wrong), many small random cases (checked by the brute force), and
maximal inputs with m up to 10^9 (too slow to simulate bar by bar)."""

import random

SEED = 26011
MAX_SUM_N = 5000
BIG = 10**9
BRUTE_BYTES = 2000


def case(k: int, m: int, machines: list[tuple[int, int, int]]) -> str:
    n = len(machines)
    assert 1 <= k <= n and 1 <= m <= BIG
    assert all(1 <= a <= BIG and 1 <= b <= BIG and 0 <= c <= BIG for a, b, c in machines)
    return f"{n} {k} {m}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in machines)


def test(cases: list[str], small_m: bool = False) -> str:
    assert 1 <= len(cases) <= 10**4
    text = f"{len(cases)}\n" + "".join(cases)
    # the brute force simulates m bars per machine: it only gets inputs with small m
    if len(text) <= BRUTE_BYTES:
        assert small_m
    return text


def rand_machine(rng: random.Random, amax: int, bmax: int, cmax: int) -> tuple[int, int, int]:
    return rng.randint(1, amax), rng.randint(1, bmax), rng.randint(0, cmax)


def big_case(rng: random.Random) -> str:
    n = rng.randint(1, 6)
    machines = [(rng.choice([1, rng.randint(1, BIG)]), rng.choice([1, rng.randint(1, BIG)]),
                 rng.choice([0, rng.randint(0, BIG)])) for _ in range(n)]
    return case(rng.randint(1, n), rng.choice([BIG, rng.randint(1, BIG)]), machines)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([case(1, 1, [(1, 1, 0)])], small_m=True),
        test([case(1, 1, [(5, 1, 100)]), case(1, 2, [(5, 1, 100)]), case(1, 3, [(2, 2, 0)]),
              case(2, 3, [(2, 1, 7), (3, 1, 7)]), case(1, 3, [(2, 1, 7), (3, 1, 7)]),
              case(1, 4, [(1, 3, 5), (2, 50, 50)]), case(2, 5, [(1, 3, 5), (2, 50, 50), (1, 1, 1)])],
             small_m=True),
        # answers right after / inside a cooling period
        test([case(1, 3, [(1, 2, 10)]), case(2, 4, [(1, 2, 10), (1, 2, 10)]), case(1, 4, [(3, 3, 1)]),
              case(2, 7, [(1, 3, 6), (4, 10, 0)]), case(3, 9, [(1, 2, 3), (1, 3, 2), (1, 4, 1)])], small_m=True),
    ]
    # extreme values, padded with enough cases to stay away from the brute force
    extreme = [case(1, BIG, [(BIG, 1, BIG)]), case(1, BIG, [(1, BIG, BIG)]), case(1, BIG, [(1, 1, BIG)]),
               case(1, BIG, [(BIG, BIG, BIG)]), case(2, BIG, [(1, 1, BIG), (BIG, BIG, 0)]),
               case(1, BIG, [(1, 1, 0), (1, 2, 0), (2, 1, 0)]), case(3, BIG - 1, [(1, 1, 0)] * 3)]
    extreme += [big_case(rng) for _ in range(60)]
    tests.append(test(extreme))
    # fast machines with long cooling against slow steady ones
    cases = []
    for _ in range(80):
        n = rng.randint(2, 8)
        machines = [(rng.randint(1, 3), rng.randint(1, 5), rng.randint(50, 10**6)) for _ in range(n // 2)]
        machines += [(rng.randint(4, 20), BIG, 0) for _ in range(n - n // 2)]
        rng.shuffle(machines)
        cases.append(case(rng.randint(1, n), rng.randint(1, 10**6), machines))
    tests.append(test(cases))
    for _ in range(12):  # small random cases: checked by the brute force
        cases = []
        for _ in range(rng.randint(5, 12)):
            n = rng.randint(1, 4)
            machines = [rand_machine(rng, rng.choice([1, 3, 6]), rng.choice([1, 2, 4]), rng.choice([0, 3, 15]))
                        for _ in range(n)]
            cases.append(case(rng.randint(1, n), rng.randint(1, 25), machines))
        tests.append(test(cases, small_m=True))
    for _ in range(3):  # medium
        cases = []
        for _ in range(25):
            n = rng.randint(5, 60)
            machines = [rand_machine(rng, rng.choice([10, 10**4, BIG]), rng.choice([3, 1000, BIG]),
                                     rng.choice([0, 100, BIG])) for _ in range(n)]
            cases.append(case(rng.randint(1, n), rng.randint(1, BIG), machines))
        tests.append(test(cases))
    n = MAX_SUM_N
    machines = [rand_machine(rng, 10**6, 10**4, 10**8) for _ in range(n)]
    tests.append(test([case(n // 2, BIG, machines)]))
    machines = [rand_machine(rng, BIG, BIG, BIG) for _ in range(n)]
    tests.append(test([case(rng.randint(1, n), BIG, machines)]))
    tests.append(test([case(k, rng.randint(BIG // 2, BIG), [rand_machine(rng, 1000, 100, 10**5) for _ in range(5)])
                       for k in [rng.randint(1, 5) for _ in range(n // 5)]]))
    return tests
