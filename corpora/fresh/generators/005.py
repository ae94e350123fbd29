"""Private tests of fresh/005: n = 1, k = 0, k = n, all dark, all lamps, dark runs whose length is
a multiple of 2k + 1 (where rounding mistakes show), dark runs at both ends, many small random
streets (where the brute force checks), and maximal inputs, among them many lamps with a large
radius (too slow for marking every lit cell lamp by lamp)."""

import random

SEED = 26005
MAX_SUM_N = 2 * 10**5


def case(k: int, s: str) -> str:
    assert 1 <= len(s) and 0 <= k <= len(s) and set(s) <= {"0", "1"}
    return f"{len(s)} {k}\n{s}\n"


def test(cases: list[str]) -> str:
    assert 1 <= len(cases) <= 10**4
    return f"{len(cases)}\n" + "".join(cases)


def rand_street(rng: random.Random, n: int, density: float) -> str:
    return "".join("1" if rng.random() < density else "0" for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([case(0, "0")]),
        test([case(0, "1"), case(1, "0"), case(1, "1"), case(0, "00"), case(0, "01"), case(2, "00")]),
        test([case(1, "000"), case(1, "000000"), case(1, "100000"), case(2, "10000000000"),
              case(0, "10101"), case(0, "00000")]),
        test([case(1, "0001000"), case(2, "000001000000"), case(1, "1000001"), case(3, "0" * 14)]),
        test([case(k, "0" * n) for n in range(1, 9) for k in range(0, n + 1)]),
    ]
    for _ in range(12):  # small random streets: checked by the brute force
        cases = []
        for _ in range(rng.randint(15, 40)):
            n = rng.randint(1, 12)
            k = rng.randint(0, min(n, 3))
            cases.append(case(k, rand_street(rng, n, rng.choice([0.0, 0.1, 0.2, 0.4]))))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(40):
            n = rng.randint(100, 2000)
            cases.append(case(rng.randint(0, 30), rand_street(rng, n, rng.choice([0.0, 0.005, 0.02, 0.1]))))
        tests.append(test(cases))
    n = MAX_SUM_N
    tests.append(test([case(3, rand_street(rng, n, 0.03))]))
    tests.append(test([case(n // 2, "1" * n)]))
    tests.append(test([case(rng.randint(0, 5), rand_street(rng, 15, 0.1)) for _ in range(10**4)]))
    return tests
