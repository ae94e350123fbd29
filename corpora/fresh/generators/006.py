"""Private tests of fresh/006: n = 1, flips with r - l odd and even (whether coin r is turned),
flips of length one, coins turned an even number of times, queries of single coins and of the
whole row, small random rows (checked by the brute force), and maximal inputs with long flips
and long questions (too slow for coin-by-coin simulation)."""

import random

SEED = 26006
MAX_N = 5 * 10**4
MAX_M = 8000
MAX_Q = 8000


def test(s: str, flips: list[tuple[int, int]], queries: list[tuple[int, int]]) -> str:
    n = len(s)
    assert 1 <= n <= MAX_N and 1 <= len(flips) <= MAX_M and 1 <= len(queries) <= MAX_Q
    assert set(s) <= {"H", "T"}
    assert all(1 <= l <= r <= n for l, r in flips + queries)
    lines = [f"{n} {len(flips)} {len(queries)}", s]
    lines += [f"{l} {r}" for l, r in flips]
    lines += [f"{a} {b}" for a, b in queries]
    return "\n".join(lines) + "\n"


def rand_range(rng: random.Random, n: int, max_len: int) -> tuple[int, int]:
    length = rng.randint(1, min(n, max_len))
    l = rng.randint(1, n - length + 1)
    return l, l + length - 1


def rand_row(rng: random.Random, n: int) -> str:
    p = rng.choice([0.0, 0.5, 1.0, 0.2])
    return "".join("H" if rng.random() < p else "T" for _ in range(n))


def all_ranges(n: int) -> list[tuple[int, int]]:
    return [(a, b) for a in range(1, n + 1) for b in range(a, n + 1)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test("H", [(1, 1)], [(1, 1)]),
        test("T", [(1, 1), (1, 1)], [(1, 1)]),
        test("TTTTTT", [(1, 2)], all_ranges(6)),
        test("TTTTTT", [(2, 6)], all_ranges(6)),
        test("HHHHHHHH", [(1, 8), (2, 8), (3, 6), (4, 4)], all_ranges(8)),
        test("HTHTHTHTHT", [(1, 10), (1, 10), (2, 9), (5, 6)], all_ranges(10)),
        test("TTTTTTTTTTTT", [(l, l + 1) for l in range(1, 12)], all_ranges(12)),
    ]
    for _ in range(12):  # small random rows: checked by the brute force
        n = rng.randint(1, 30)
        s = rand_row(rng, n)
        flips = [rand_range(rng, n, n) for _ in range(rng.randint(1, 30))]
        queries = [rand_range(rng, n, n) for _ in range(rng.randint(1, 40))]
        tests.append(test(s, flips, queries))
    for _ in range(3):  # medium
        n = rng.randint(500, 3000)
        s = rand_row(rng, n)
        flips = [rand_range(rng, n, rng.choice([3, 100, n])) for _ in range(rng.randint(200, 800))]
        queries = [rand_range(rng, n, rng.choice([1, 50, n])) for _ in range(rng.randint(200, 800))]
        tests.append(test(s, flips, queries))
    # maximal: long flips and long questions
    n = MAX_N
    s = rand_row(rng, n)
    flips = [rand_range(rng, n, n) for _ in range(MAX_M)]
    queries = [(rng.randint(1, 100), rng.randint(n - 100, n)) for _ in range(MAX_Q)]
    tests.append(test(s, flips, queries))
    s = "H" * n
    flips = [(rng.randint(1, 3), n - rng.randint(0, 1)) for _ in range(MAX_M)]
    queries = [rand_range(rng, n, n) for _ in range(MAX_Q)]
    tests.append(test(s, flips, queries))
    return tests
