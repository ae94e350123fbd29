"""Private tests of fresh/073: a single point, horizontal and vertical segments, unit squares, corners
given in every order, thin rectangles, the whole coordinate range, many small random cases (where
the brute force checks), and maximal inputs."""

import random

SEED = 27073
M = 1000


def test(cases: list[tuple[int, int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(-M <= v <= M for case in cases for v in case)
    return f"{len(cases)}\n" + "".join(f"{a} {b} {c} {d}\n" for a, b, c, d in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [test([(0, 0, 0, 0)])]
    tests.append(test([(0, 0, 1, 0), (0, 0, 0, 1), (1, 0, 0, 0), (0, 1, 0, 0), (2, 2, -2, 2), (-3, 4, -3, -4),
                       (0, 0, 1, 1), (1, 1, 0, 0), (0, 1, 1, 0), (1, 0, 0, 1), (-7, -7, -7, -7)]))
    tests.append(test([(M, M, -M, -M), (-M, M, M, -M), (-M, -M, M, -M), (M, -M, M, M), (M, M, M, M),
                       (-M, -M, -M, -M), (-M, -M, M, M)]))
    tests.append(test([(0, 0, 1, 5), (5, 1, 0, 0), (3, 3, 4, 100), (-100, 7, 100, 8), (2, -1, 3, -2)]))
    for _ in range(14):  # small random cases: the brute force checks these
        cases = []
        lim = rng.choice([1, 2, 4, 10])
        for _ in range(rng.randint(20, 60)):
            x1, y1 = rng.randint(-lim, lim), rng.randint(-lim, lim)
            x2 = x1 if rng.random() < 0.2 else rng.randint(-lim, lim)
            y2 = y1 if rng.random() < 0.2 else rng.randint(-lim, lim)
            cases.append((x1, y1, x2, y2))
        tests.append(test(cases))
    cases = [tuple(rng.randint(-M, M) for _ in range(4)) for _ in range(40)]
    tests.append(test(cases))
    for _ in range(2):  # maximal inputs
        cases = []
        for _ in range(1000):
            x1, y1 = rng.randint(-M, M), rng.randint(-M, M)
            x2 = x1 if rng.random() < 0.15 else rng.randint(-M, M)
            y2 = y1 if rng.random() < 0.15 else rng.randint(-M, M)
            cases.append((x1, y1, x2, y2))
        tests.append(test(cases))
    return tests
