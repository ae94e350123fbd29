"""Private tests of fresh/068: n = 1, 2, 3, all dry paths of odd and even length, single puddles
everywhere, alternating puddles, two puddles in a row (impossible) at the start, middle and end,
many small random paths (where the dynamic programming checks the reference), and maximal inputs."""

import random

SEED = 27068


def test(paths: list[str]) -> str:
    assert 1 <= len(paths) <= 1000
    assert sum(len(s) for s in paths) <= 2 * 10**4
    for s in paths:
        assert 1 <= len(s) <= 100 and s[0] == "." and s[-1] == "." and set(s) <= {".", "*"}
    return f"{len(paths)}\n" + "".join(f"{len(s)}\n{s}\n" for s in paths)


def random_path(rng: random.Random, n: int) -> str:
    p = rng.choice([0.1, 0.3, 0.5])
    inner = "".join("*" if rng.random() < p else "." for _ in range(max(0, n - 2)))
    if n == 1:
        return "."
    return "." + inner + "."


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["."]),
        test([".", "..", "...", ".*.", "....", ".*..", "..*.", ".**."]),
        test(["." * n for n in range(1, 21)]),
        test([".*" + "." * k for k in range(1, 6)] + ["." * (i + 1) + "*" + "." * (6 - i) for i in range(6)]),
        test([".*" * k + "." for k in range(1, 20)] + ["..*" * k + "." for k in range(1, 10)]),
        test([".**" + "." * 10, "." * 10 + "**.", "....**....", ".*.*.**.*.", ".***.", "." + "*" * 98 + "."]),
        test(["." * 100, ".*" * 49 + "..", "..*" * 33 + ".", "." * 99]),
    ]
    for _ in range(12):  # small random paths
        tests.append(test([random_path(rng, rng.randint(1, 12)) for _ in range(rng.randint(20, 60))]))
    for _ in range(3):  # medium: mostly without two puddles in a row
        paths = []
        for _ in range(40):
            n = rng.randint(30, 100)
            s = list(random_path(rng, n))
            for j in range(1, n):
                if s[j] == "*" and s[j - 1] == "*" and rng.random() < 0.95:
                    s[j] = "."
            paths.append("".join(s))
        tests.append(test(paths))
    # maximal: sum of n = 2 * 10^4
    paths = []
    for _ in range(200):
        s = list(random_path(rng, 100))
        for j in range(1, 100):
            if s[j] == "*" and s[j - 1] == "*":
                s[j] = "."
        paths.append("".join(s))
    tests.append(test(paths))
    tests.append(test([random_path(rng, 20) for _ in range(1000)]))
    return tests
