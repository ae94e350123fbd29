"""Private tests of fresh/028: two gears (mesh and axle, equal and coprime teeth), only
axles, only meshes, powers of two whose exponents rise and fall (the largest denominator
is in the middle of the train), idler gears that matter, many small random trains over
teeth with common factors, and maximal trains (distinct large primes multiplying up,
random teeth and links)."""

import random

SEED = 26028
MAX_SUM_N = 3 * 10**4
MAX_A = 10**5


def case(a: list[int], links: str) -> str:
    assert len(a) >= 2 and len(links) == len(a) - 1 and set(links) <= {"M", "A"}
    assert all(2 <= x <= MAX_A for x in a)
    return f"{len(a)}\n{' '.join(map(str, a))}\n{links}\n"


def test(cases: list[tuple[list[int], str]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(a) for a, _ in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(a, l) for a, l in cases)


def primes_below(limit: int) -> list[int]:
    sieve = bytearray([1]) * limit
    sieve[0] = sieve[1] = 0
    for p in range(2, int(limit**0.5) + 1):
        if sieve[p]:
            sieve[p * p :: p] = bytearray(len(sieve[p * p :: p]))
    return [p for p in range(limit) if sieve[p]]


def links(rng: random.Random, n: int, p_mesh: float) -> str:
    return "".join("M" if rng.random() < p_mesh else "A" for _ in range(n - 1))


def generate(rng: random.Random) -> list[str]:
    primes = primes_below(MAX_A + 1)
    big = [p for p in primes if p > 50000]
    tests = [
        test([([2, 2], "M")]),
        test([([2, 3], "M"), ([3, 2], "M"), ([2, 3], "A"), ([6, 4], "M"), ([MAX_A, 2], "M"), ([2, MAX_A], "M")]),
        test([([4, 6, 9, 6, 4], "MMMM"), ([2, 4, 8, 4, 2, 4], "MMMMM"), ([2, 4, 2, 4, 2, 4], "MAMAM")]),
        test([([12, 18, 8, 20, 9], "MMAM"), ([7, 5, 7, 5, 7], "MAMAM"[:4]), ([10, 15, 10, 15], "AAA")]),
        test([([2 ** (k % 16 + 1) for k in range(30)], "M" * 29), ([3, 9, 27, 81, 3, 9], "MAMAM")]),
        test([([6, 35, 6, 35, 77, 10], "MMAMM"), ([MAX_A, 99999, MAX_A, 99999], "MAMA"[:3])]),
    ]
    small_teeth = [2, 3, 4, 5, 6, 8, 9, 10, 12, 15, 18, 20, 24, 30, 36, 60, 7, 14, 49]
    for _ in range(12):
        cases = []
        for _ in range(rng.randint(15, 40)):
            n = rng.randint(2, 8)
            a = [rng.choice(small_teeth) for _ in range(n)]
            cases.append((a, links(rng, n, rng.choice([0.3, 0.7, 1.0]))))
        tests.append(test(cases))
    for _ in range(3):
        cases = []
        for _ in range(10):
            n = rng.randint(50, 300)
            a = [rng.choice([rng.randint(2, MAX_A), rng.choice(small_teeth), rng.choice(big)]) for _ in range(n)]
            cases.append((a, links(rng, n, 0.6)))
        tests.append(test(cases))
    # maximal: distinct large primes piling up in the denominator; random teeth and links
    n = MAX_SUM_N
    a = []
    for p in [rng.choice(big) for _ in range(n // 2)]:
        a += [rng.choice([2, 3, 4, 6]), p]
    tests.append(test([(a, "MA" * (n // 2 - 1) + "M")]))
    a = [rng.randint(2, MAX_A) for _ in range(n)]
    tests.append(test([(a, links(rng, n, 0.5))]))
    return tests
