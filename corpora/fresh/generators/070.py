"""Private tests of fresh/070: single cells, identical, nested, crossing, touching and far apart
rectangles, rectangles sharing exactly one row or column, huge rectangles, many small random pairs,
and maximal inputs."""

import random

SEED = 27070
M = 10**9

Rect = tuple[int, int, int, int]


def test(cases: list[tuple[Rect, Rect]]) -> str:
    assert 1 <= len(cases) <= 500
    lines = [f"{len(cases)}\n"]
    for a, b in cases:
        for r1, c1, r2, c2 in (a, b):
            assert 1 <= r1 <= r2 <= M and 1 <= c1 <= c2 <= M
            lines.append(f"{r1} {c1} {r2} {c2}\n")
    return "".join(lines)


def rand_rect(rng: random.Random, lo: int, hi: int) -> Rect:
    r1, r2 = sorted((rng.randint(lo, hi), rng.randint(lo, hi)))
    c1, c2 = sorted((rng.randint(lo, hi), rng.randint(lo, hi)))
    return (r1, c1, r2, c2)


def generate(rng: random.Random) -> list[str]:
    tests = [test([((1, 1, 1, 1), (1, 1, 1, 1))])]
    tests.append(test([
        ((1, 1, 1, 1), (2, 2, 2, 2)),
        ((1, 1, 1, 1), (1, 2, 1, 2)),
        ((1, 1, 3, 3), (3, 3, 5, 5)),
        ((1, 1, 3, 3), (3, 1, 5, 3)),
        ((1, 1, 3, 3), (4, 4, 6, 6)),
        ((5, 5, 6, 6), (1, 1, 2, 2)),
        ((1, 5, 2, 6), (5, 1, 6, 2)),
        ((1, 3, 7, 3), (3, 1, 3, 7)),
        ((2, 2, 4, 4), (1, 1, 5, 5)),
        ((1, 1, 5, 5), (1, 1, 5, 5)),
    ]))
    tests.append(test([
        ((1, 1, M, M), (1, 1, M, M)),
        ((1, 1, M, M), (M, M, M, M)),
        ((1, 1, 1, M), (1, 1, M, 1)),
        ((1, 1, M // 2, M // 2), (M // 2 + 1, M // 2 + 1, M, M)),
        ((1, 1, M // 2, M), (M // 2, 1, M, M)),
        ((M, M, M, M), (1, 1, 1, 1)),
        ((2, 2, M - 1, M - 1), (1, 1, M, M)),
    ]))
    for _ in range(14):  # small random pairs
        hi = rng.choice([3, 5, 8, 12])
        cases = [(rand_rect(rng, 1, hi), rand_rect(rng, 1, hi)) for _ in range(rng.randint(20, 60))]
        tests.append(test(cases))
    for _ in range(3):  # medium and large coordinates
        hi = rng.choice([1000, 10**6, M])
        cases = [(rand_rect(rng, 1, hi), rand_rect(rng, 1, hi)) for _ in range(100)]
        tests.append(test(cases))
    cases = []
    for _ in range(500):  # maximal: big coordinates, overlapping around a shared centre
        cr, cc = rng.randint(M // 4, 3 * M // 4), rng.randint(M // 4, 3 * M // 4)
        a = (rng.randint(1, cr), rng.randint(1, cc), rng.randint(cr, M), rng.randint(cc, M))
        b = rand_rect(rng, 1, M)
        cases.append((a, b) if rng.random() < 0.5 else (b, a))
    tests.append(test(cases))
    tests.append(test([(rand_rect(rng, M - 10, M), rand_rect(rng, M - 10, M)) for _ in range(500)]))
    return tests
