"""Private tests of fresh/034: one hill and one friend; hills exactly at s, s + c − 1 and
s + c (the detour boundary); c = 1 (nobody ever rests); d smaller and larger than c; all hills
equal; friends weaker than every hill and stronger than every hill; repeated heights and
staminas; small random tests for the brute force; and maximal tests (n = q = 1.5·10^4 with
values up to 10^6) where an O(n·q) solution is too slow."""

import random

SEED = 26034
MAXN = 15000
MAXV = 10**6


def test(c: int, d: int, h: list[int], s: list[int]) -> str:
    assert 1 <= len(h) <= MAXN and 1 <= len(s) <= MAXN
    assert 1 <= c <= MAXV and 1 <= d <= MAXV
    assert all(1 <= x <= MAXV for x in h + s)
    return f"{len(h)} {len(s)} {c} {d}\n{' '.join(map(str, h))}\n{' '.join(map(str, s))}\n"


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(1, 1, [1], [1]),
        test(5, 3, [10], [5]),
        test(5, 7, [9, 10, 11, 5, 6, 4], [5, 4, 6, 1, 11, 10]),
        test(1, 100, [3, 3, 4, 4, 5], [3, 2, 4, 1, 5]),
        test(MAXV, MAXV, [MAXV, 1, MAXV], [1, MAXV, 2]),
        test(3, 1, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], list(range(1, 11))),
        test(3, 10, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], list(range(1, 11))),
        test(4, 4, [7] * 20, [3, 4, 5, 6, 7, 8]),
    ]
    for _ in range(12):  # small random tests with many boundary hits
        n, q = rng.randint(1, 40), rng.randint(1, 40)
        top = rng.choice([10, 30, 100, MAXV])
        c = rng.randint(1, min(top, 20)) if rng.random() < 0.8 else rng.randint(1, MAXV)
        d = rng.randint(1, 3 * c) if rng.random() < 0.8 else rng.randint(1, MAXV)
        d = min(d, MAXV)
        h = [rng.randint(1, top) for _ in range(n)]
        s = [rng.randint(1, top) for _ in range(q)]
        for j in range(q):  # aim some friends exactly at the boundary of some hill
            if rng.random() < 0.4:
                x = rng.choice(h)
                if x - c >= 1:
                    s[j] = x - c
        tests.append(test(c, d, h, s))
    for _ in range(3):  # medium tests for the brute force
        n, q = rng.randint(300, 1000), rng.randint(300, 1000)
        c, d = rng.randint(1, 5000), rng.randint(1, 5000)
        h = [rng.randint(1, 20000) for _ in range(n)]
        s = [rng.randint(1, 20000) for _ in range(q)]
        tests.append(test(c, d, h, s))
    # maximal: random values; and values crowded near the boundaries
    tests.append(test(rng.randint(1, MAXV), rng.randint(1, MAXV),
                      [rng.randint(1, MAXV) for _ in range(MAXN)], [rng.randint(1, MAXV) for _ in range(MAXN)]))
    c = 123456
    h = [rng.randint(MAXV // 2, MAXV) for _ in range(MAXN)]
    s = [max(1, rng.choice(h) - c + rng.randint(-2, 2)) for _ in range(MAXN)]
    tests.append(test(c, 654321, h, s))
    return tests
