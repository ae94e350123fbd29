"""Private tests of fresh/062: an alarm set exactly to the current time, alarms one minute before
and after the current time (1439 and 1), midnight on both sides, all alarms already past today,
repeated alarm times, many small random cases (where the brute force checks the reference) with
times clustered near the current time, and maximal inputs."""

import random

SEED = 27062
DAY = 1440


def fmt(x: int) -> str:
    x %= DAY
    return f"{x // 60:02d}:{x % 60:02d}"


def test(cases: list[tuple[int, list[int]]]) -> str:
    assert 1 <= len(cases) <= 1000
    assert sum(len(a) for _, a in cases) <= 5000
    assert all(1 <= len(a) <= 100 for _, a in cases)
    return f"{len(cases)}\n" + "".join(
        f"{len(a)} {fmt(now)}\n{' '.join(fmt(x) for x in a)}\n" for now, a in cases
    )


def random_case(rng: random.Random, n: int) -> tuple[int, list[int]]:
    now = rng.randrange(DAY)
    kind = rng.randint(0, 3)
    if kind == 0:
        a = [rng.randrange(DAY) for _ in range(n)]
    elif kind == 1:  # clustered around the current time
        a = [now + rng.randint(-3, 3) for _ in range(n)]
    elif kind == 2:  # all in the past today (if possible)
        a = [rng.randint(0, now) for _ in range(n)]
    else:  # few distinct values, repeated
        vals = [rng.randrange(DAY) for _ in range(2)]
        a = [rng.choice(vals) for _ in range(n)]
    return now, a


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([(0, [0])]),
        test([(0, [DAY - 1]), (DAY - 1, [0]), (DAY - 1, [DAY - 1]), (0, [1])]),
        test([(600, [599]), (600, [601]), (600, [600, 600]), (600, [599, 601]), (600, [0, DAY - 1])]),
        test([(23 * 60 + 30, [5, 10, 23 * 60 + 29]), (12 * 60, [11 * 60 + 59, 0]), (1, [0, 0, 0])]),
        test([(8 * 60 + 5, [8 * 60, 8 * 60 + 10, 20 * 60 + 5]), (20 * 60, [19 * 60 + 59, 20 * 60 + 1])]),
        test([(h * 60, [(h * 60 + 59) % DAY]) for h in range(24)]),
    ]
    for _ in range(12):  # small random cases: the brute force checks these
        cases = [random_case(rng, rng.randint(1, 5)) for _ in range(rng.randint(10, 40))]
        tests.append(test(cases))
    for _ in range(3):  # medium
        tests.append(test([random_case(rng, rng.randint(20, 100)) for _ in range(30)]))
    # maximal: the most test cases, the longest alarm lists
    tests.append(test([random_case(rng, 5) for _ in range(1000)]))
    tests.append(test([random_case(rng, 100) for _ in range(50)]))
    tests.append(test([(now, [now - 1] * 100) for now in range(50)]))
    return tests
