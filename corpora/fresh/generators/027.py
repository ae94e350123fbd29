"""Private tests of fresh/027: a single bead, one colour only, beads that must be put aside
(one colour dominating by 1, 2 or many), colours at exactly half of the beads (odd and
even totals, where the dominant colour must or must not go first), late letters that
dominate, many small random cases checked by brute force, and maximal inputs."""

import random

SEED = 26027
MAX_SUM = 10**5
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(strings: list[str]) -> str:
    assert 1 <= len(strings) <= 10**4 and sum(map(len, strings)) <= MAX_SUM
    assert all(len(s) >= 1 and set(s) <= set(LETTERS) for s in strings)
    return f"{len(strings)}\n" + "".join(s + "\n" for s in strings)


def shuffled(rng: random.Random, s: str) -> str:
    chars = list(s)
    rng.shuffle(chars)
    return "".join(chars)


def small(rng: random.Random) -> str:
    n = rng.randint(1, 9)
    k = rng.choice([1, 2, 3, 4, 26])
    letters = rng.sample(LETTERS, k)
    weights = [rng.randint(1, 4) for _ in letters]
    s = "".join(rng.choices(letters, weights=weights, k=n))
    return s


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["z", "zz", "ab", "ba", "aab", "abb", "bba", "zzzz", "zzzzy"]),
        test(["abbc", "bbac", "ccab", "zzyy", "zzzyy", "zzzyyy", "yyyzz", "aazzz", "abzzz"]),
        test(["zzzzzyyyy", "zzzzzyyyyx", "qqqqqqa", "aaaaaab", "ccccbbbbaaaa", "xyzxyzxyz"]),
        test(["mmmmmnnnnnoooooa", "a" + "z" * 10, "bcdefghijk" + "a" * 12, "ab" * 6 + "c" * 13]),
    ]
    for _ in range(12):
        tests.append(test([small(rng) for _ in range(rng.randint(20, 50))]))
    for _ in range(3):
        strings = []
        for _ in range(10):
            n = rng.randint(100, 2000)
            dom = rng.choice(LETTERS)
            share = rng.choice([0.3, 0.5, 0.51, 0.7])
            s = "".join(dom if rng.random() < share else rng.choice(LETTERS[: rng.randint(1, 26)]) for _ in range(n))
            strings.append(s)
        tests.append(test(strings))
    # maximal: random over all letters; a late letter at exactly half (odd total); many short ones
    tests.append(test(["".join(rng.choice(LETTERS) for _ in range(MAX_SUM))]))
    half = MAX_SUM // 2
    s = shuffled(rng, "y" * half + "".join(rng.choice(LETTERS[:24]) for _ in range(half - 1)))
    tests.append(test([s]))
    tests.append(test([shuffled(rng, "abz" * 2 + "z" * rng.randint(0, 3)) for _ in range(10**4)]))
    return tests
