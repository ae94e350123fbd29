"""Private tests of fresh/069: the minimal case, every target with |x|, |y| <= 3 and k <= 8, the
corners of the coordinate range with k just below, at and above the distance, targets at the
origin, many small random cases (where the brute force checks), and maximal inputs."""

import random

SEED = 27069


def test(cases: list[tuple[int, int, int]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert all(-100 <= x <= 100 and -100 <= y <= 100 and 1 <= k <= 1000 for x, y, k in cases)
    return f"{len(cases)}\n" + "".join(f"{x} {y} {k}\n" for x, y, k in cases)


def generate(rng: random.Random) -> list[str]:
    tests = [test([(0, 0, 1)]), test([(1, 0, 1), (0, -1, 1), (1, 1, 1), (0, 0, 2)])]
    small = [(x, y, k) for x in range(-3, 4) for y in range(-3, 4) for k in range(1, 9)]
    tests.append(test(small[:200]))
    tests.append(test(small[200:]))
    for x in (-100, 100):  # the corners of the range, one test each (the brute force is slow there)
        for y in (-100, 100):
            tests.append(test([(x, y, k) for k in (199, 200, 201, 1000, 999)]))
    tests.append(test([(0, 0, k) for k in (1, 2, 3, 4, 999, 1000)] + [(100, 0, 100), (0, -100, 99), (-100, 0, 102)]))
    tests.append(test([(-5, 3, 8), (5, -3, 8), (-5, -3, 8), (5, 3, 8), (-4, 4, 2), (4, -4, 8), (-4, 4, 8)]))
    for _ in range(14):  # small random cases: the brute force checks these
        cases = []
        lim = rng.choice([2, 5, 10, 20])
        for _ in range(rng.randint(20, 60)):
            x = rng.randint(-lim, lim)
            y = rng.randint(-lim, lim)
            d = abs(x) + abs(y)
            k = max(1, d + rng.randint(-3, 4)) if rng.random() < 0.7 else rng.randint(1, 50)
            cases.append((x, y, k))
        tests.append(test(cases))
    for _ in range(2):  # maximal inputs
        cases = []
        for _ in range(1000):
            x = rng.randint(-100, 100)
            y = rng.randint(-100, 100)
            d = abs(x) + abs(y)
            k = min(1000, max(1, d + rng.randint(-2, 3))) if rng.random() < 0.6 else rng.randint(1, 1000)
            cases.append((x, y, k))
        tests.append(test(cases))
    return tests
