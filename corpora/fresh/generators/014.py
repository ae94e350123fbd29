"""Private tests of fresh/014: one item and one coupon (coupon bigger, smaller, equal), many
more coupons than items and the other way round (the choice of which coupons and items to
pair matters), coupons larger than every price, equal values, many small random cases, and
maximal inputs."""

import random

SEED = 26014
MAX_SUM = 2 * 10**4
MAX_V = 10**9


def case(p: list[int], c: list[int]) -> str:
    assert p and c and all(1 <= x <= MAX_V for x in p + c)
    return f"{len(p)} {len(c)}\n{' '.join(map(str, p))}\n{' '.join(map(str, c))}\n"


def test(cases: list[tuple[list[int], list[int]]]) -> str:
    assert 1 <= len(cases) <= 10**4 and sum(len(p) + len(c) for p, c in cases) <= MAX_SUM
    return f"{len(cases)}\n" + "".join(case(p, c) for p, c in cases)


def rand_list(rng: random.Random, k: int, top: int) -> list[int]:
    return [rng.randint(1, top) for _ in range(k)]


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([([1], [1])]),
        test([([5], [3]), ([3], [5]), ([7], [7]), ([MAX_V], [MAX_V]), ([MAX_V], [1])]),
        # more coupons than items: the largest coupons must be chosen
        test([([10, 20], [1, 2, 3, 15, 25]), ([5], [1, 1, 1, 5]), ([8, 9, 10], [1, 2, 3, 4, 9, 10])]),
        # more items than coupons: the most expensive items must get them
        test([([1, 2, 3, 15, 25], [10, 20]), ([1, 1, 1, 5], [5]), ([3, 100, 2], [50])]),
        test([([2] * 6, [2] * 6), ([1] * 5, [MAX_V] * 3), ([MAX_V] * 4, [MAX_V - 1] * 6)]),
    ]
    for _ in range(12):  # many small cases: where the brute force checks the reference
        cases = []
        for _ in range(rng.randint(12, 18)):
            top = rng.choice([5, 10, 100, MAX_V])
            cases.append((rand_list(rng, rng.randint(1, 5), top), rand_list(rng, rng.randint(1, 6), top)))
        tests.append(test(cases))
    for _ in range(2):  # medium cases
        cases = []
        for _ in range(20):
            top = rng.choice([100, 10**6, MAX_V])
            cases.append((rand_list(rng, rng.randint(1, 300), top), rand_list(rng, rng.randint(1, 300), top)))
        tests.append(test(cases))
    # maximal: balanced, few items many coupons, many tiny cases
    tests.append(test([(rand_list(rng, 10**4, MAX_V), rand_list(rng, 10**4, MAX_V))]))
    tests.append(test([(rand_list(rng, 1000, MAX_V), rand_list(rng, MAX_SUM - 1000, MAX_V // 2))]))
    tests.append(test([(rand_list(rng, rng.randint(1, 2), 20), rand_list(rng, 1, 20)) for _ in range(6000)]))
    return tests
