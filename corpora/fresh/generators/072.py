"""Private tests of fresh/072: 1 x 1, one row, one column, 2 x 2 gardens, gardens full of bushes or
completely free, checkerboards, a single bush, many small random gardens with different bush
densities, and maximal inputs (50 x 50 gardens)."""

import random

SEED = 27072


def test(grids: list[list[str]]) -> str:
    assert 1 <= len(grids) <= 100
    assert sum(len(g) * len(g[0]) for g in grids) <= 2 * 10**4
    parts = [f"{len(grids)}\n"]
    for g in grids:
        n, m = len(g), len(g[0])
        assert 1 <= n <= 50 and 1 <= m <= 50
        assert all(len(row) == m and set(row) <= set(".#") for row in g)
        parts.append(f"{n} {m}\n" + "".join(row + "\n" for row in g))
    return "".join(parts)


def rand_grid(rng: random.Random, n: int, m: int, p: float) -> list[str]:
    return ["".join("#" if rng.random() < p else "." for _ in range(m)) for _ in range(n)]


def generate(rng: random.Random) -> list[str]:
    tests = [test([["."]])]
    tests.append(test([["#"], [".."], [".", "."], ["..", ".#"], ["#.", ".."], ["..", ".."], ["##", "##"]]))
    tests.append(test([["." * 50], ["."] * 50, ["#" * 50] * 50, ["." * 50] * 50]))
    cb = ["".join("." if (i + j) % 2 == 0 else "#" for j in range(7)) for i in range(6)]
    stripes_r = ["." * 9 if i % 2 == 0 else "#" * 9 for i in range(8)]
    stripes_c = [".#" * 4 + "." for _ in range(8)]
    one_bush = ["....." for _ in range(5)]
    one_bush[2] = "..#.."
    tests.append(test([cb, stripes_r, stripes_c, one_bush, ["...", "...", "..."], ["....", "...."]]))
    for _ in range(14):  # small random gardens
        grids = []
        for _ in range(rng.randint(10, 30)):
            n, m = rng.randint(1, 6), rng.randint(1, 6)
            grids.append(rand_grid(rng, n, m, rng.choice([0.0, 0.1, 0.25, 0.5, 0.8])))
        tests.append(test(grids))
    grids = [rand_grid(rng, rng.randint(1, 50), rng.randint(1, 50), rng.random() * 0.4) for _ in range(10)]
    tests.append(test(grids))
    tests.append(test([rand_grid(rng, 50, 50, p) for p in (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.9)]))
    tests.append(test([rand_grid(rng, 10, 20, rng.random() * 0.3) for _ in range(100)]))
    return tests
