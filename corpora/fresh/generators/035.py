"""Private tests of fresh/035: a single cell (clean, red, blue, hole); no drops at all; one row
and one column; ties between red and blue along a diagonal and in a corridor; purple ink that
must keep spreading through a long corridor and into a room; drops walled in by holes; sheets
with only one colour; many small random sheets for the brute force; and maximal sheets
(n·m = 10^5, a long corridor and open paper with many drops)."""

import random

SEED = 26035
MAX_CELLS = 10**5


def test(cases: list[list[str]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(g) * len(g[0]) for g in cases) <= MAX_CELLS
    for g in cases:
        assert all(len(r) == len(g[0]) and set(r) <= set(".#RB") for r in g)
    return f"{len(cases)}\n" + "".join(f"{len(g)} {len(g[0])}\n" + "".join(r + "\n" for r in g) for g in cases)


def rand_grid(rng: random.Random, n: int, m: int, hole: float, drop: float) -> list[str]:
    rows = []
    for _ in range(n):
        row = []
        for _ in range(m):
            x = rng.random()
            row.append("#" if x < hole else rng.choice("RB") if x < hole + drop else ".")
        rows.append("".join(row))
    return rows


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([["."]]),
        test([["R"], ["B"], ["#"], ["."], ["RB"], ["R.B"], ["R..B"], ["#R#"]]),
        test([["R....", ".....", ".....", ".....", "....B"], ["R...", "....", "....", "...B"]]),
        test([["R.B", "...", "...", "...", "..."], ["R.#..", "..#..", ".....", "B#..."]]),
        # purple born in a gap, then travelling alone through a corridor into a room
        test([["R.B######", "#.#######", "#.......#", "######..."], ["R#B", ".#.", "...", "#.#", "#.#", "..."]]),
        test([["." * 50 for _ in range(3)], ["#" * 10, "#R......B#", "#" * 10], ["B" + "." * 30 + "B"]]),
        test([["R", ".", ".", ".", "B", ".", "."], ["R.R.R", ".....", "B.B.B"], ["RB", "BR"]]),
    ]
    for _ in range(12):  # small random sheets: the brute force checks these
        cases = []
        for _ in range(rng.randint(20, 50)):
            n, m = rng.randint(1, 6), rng.randint(1, 6)
            cases.append(rand_grid(rng, n, m, rng.choice([0, 0.1, 0.3]), rng.choice([0.05, 0.15, 0.4])))
        tests.append(test(cases))
    for _ in range(2):  # medium sheets with few drops
        tests.append(test([rand_grid(rng, rng.randint(20, 40), rng.randint(20, 40), 0.25, 0.01) for _ in range(20)]))
    # maximal: a snake corridor with purple born at its start; open paper with many drops;
    # a single row with red and blue drops alternating at random gaps
    n, m = 250, 400
    rows = ["R.B" + "#" * (m - 3), "#." + "#" * (m - 2)]
    for i in range(n - 2):
        if i % 2 == 0:
            rows.append("." * m)
        elif i % 4 == 1:
            rows.append("#" * (m - 1) + ".")
        else:
            rows.append("." + "#" * (m - 1))
    tests.append(test([rows]))
    tests.append(test([rand_grid(rng, 400, 250, 0.2, 0.02)]))
    row = [rng.choice("..........RB") for _ in range(MAX_CELLS)]
    tests.append(test([["".join(row)]]))
    return tests
