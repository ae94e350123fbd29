"""Private tests of fresh/063: k = 1 on training and rest days, schedules with one training day
(every weekday in turn), every day, k a multiple of the trainings per week (the last week may end
with rest days), k = 10^9, all 7 starting days for a few schedules, and many small random cases."""

import random

SEED = 27063


def test(cases: list[tuple[int, int, str]]) -> str:
    assert 1 <= len(cases) <= 2000
    for d, k, s in cases:
        assert 1 <= d <= 7 and 1 <= k <= 10**9 and len(s) == 7 and "1" in s and set(s) <= {"0", "1"}
    return f"{len(cases)}\n" + "".join(f"{d} {k}\n{s}\n" for d, k, s in cases)


def random_schedule(rng: random.Random) -> str:
    while True:
        p = rng.choice([0.15, 0.5, 0.85])
        s = "".join("1" if rng.random() < p else "0" for _ in range(7))
        if "1" in s:
            return s


def generate(rng: random.Random) -> list[str]:
    single = ["".join("1" if j == i else "0" for j in range(7)) for i in range(7)]
    tests = [
        test([(1, 1, "1111111")]),
        test([(d, 1, s) for d in range(1, 8) for s in single]),
        test([(d, 2, s) for d in range(1, 8) for s in single]),
        test([(d, k, "1010100") for d in range(1, 8) for k in range(1, 8)]),
        test([(d, k, "0000011") for d in range(1, 8) for k in (1, 2, 3, 4, 6)]),
        test([(d, 10**9, s) for d in range(1, 8) for s in ("1111111", "1000000", "0000001", "1100001")]),
        test([(d, 999999999, s) for d in range(1, 8) for s in ("0110000", "1011011", "0001000")]),
    ]
    for _ in range(12):  # small random cases
        cases = []
        for _ in range(rng.randint(20, 60)):
            s = random_schedule(rng)
            k = rng.choice([rng.randint(1, 10), s.count("1") * rng.randint(1, 4), rng.randint(1, 60)])
            cases.append((rng.randint(1, 7), k, s))
        tests.append(test(cases))
    for _ in range(3):  # large k
        tests.append(test([(rng.randint(1, 7), rng.randint(1, 10**9), random_schedule(rng)) for _ in range(100)]))
    # maximal: the most test cases
    tests.append(test([(rng.randint(1, 7), rng.randint(1, 10**9), random_schedule(rng)) for _ in range(2000)]))
    tests.append(test([(rng.randint(1, 7), rng.randint(1, 20), random_schedule(rng)) for _ in range(2000)]))
    return tests
