"""Private tests of fresh/018: single lamps of each colour, garlands of one colour only (all
blue: every even-length segment), festive segments that start at lamp 1, many blue lamps
inside balanced segments, many small random garlands, and maximal inputs (a huge answer
for an all-blue garland, a balanced random one, many tiny garlands)."""

import random

SEED = 26018
MAX_SUM_N = 2 * 10**5


def test(cases: list[str]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(s) for s in cases) <= MAX_SUM_N
    assert all(s and set(s) <= set("RGB") for s in cases)
    return f"{len(cases)}\n" + "".join(f"{len(s)}\n{s}\n" for s in cases)


def rand_garland(rng: random.Random, n: int) -> str:
    weights = rng.choice([(1, 1, 1), (1, 1, 3), (3, 3, 1), (1, 2, 1), (1, 1, 0)])
    return "".join(rng.choices("RGB", weights=weights, k=n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["B"]),
        test(["R", "G", "B", "RG", "GR", "BB", "RB", "BG"]),
        test(["B" * 10, "R" * 10, "G" * 7, "RGRGRGRG", "BRGB", "RBGB"]),
        test(["RGBBRG", "BBRGBB", "RBBBBG", "BRBGB", "RGRGBBBBGRGR"]),
    ]
    for _ in range(12):  # many small garlands: where the brute force checks the reference
        tests.append(test([rand_garland(rng, rng.randint(1, 12)) for _ in range(rng.randint(20, 60))]))
    for _ in range(3):  # medium garlands, still small enough for the brute force on some
        tests.append(test([rand_garland(rng, rng.randint(100, 400)) for _ in range(rng.randint(3, 8))]))
    # maximal: all blue, random balanced, long red/green walk, many tiny garlands
    tests.append(test(["B" * MAX_SUM_N]))
    tests.append(test([rand_garland(rng, MAX_SUM_N)]))
    tests.append(test(["".join(rng.choice("RG") for _ in range(MAX_SUM_N // 2)) for _ in range(2)]))
    tests.append(test([rand_garland(rng, 20) for _ in range(10**4)]))
    return tests
