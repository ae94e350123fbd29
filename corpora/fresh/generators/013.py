"""Private tests of fresh/013: one-letter words, u shorter than s, a press printing three
letters, blocks of different letters, different numbers of blocks (u a prefix of s or the
other way round), one letter lengthened in several blocks, blocks that grow and shrink with
equal letter totals, all 26 keys sticky, many small random cases (u typed with random sticky
keys, sometimes damaged afterwards), and maximal inputs."""

import random

SEED = 26013
MAX_SUM = 3 * 10**5
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def test(cases: list[tuple[str, str]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(s) + len(u) for s, u in cases) <= MAX_SUM
    for s, u in cases:
        assert 1 <= len(s) <= 2 * 10**5 and 1 <= len(u) <= 2 * 10**5
        assert set(s) <= set(ALPHA) and set(u) <= set(ALPHA)
    return f"{len(cases)}\n" + "".join(f"{s}\n{u}\n" for s, u in cases)


def typed(rng: random.Random, s: str, sticky: set, p: float) -> str:
    return "".join(c * (2 if c in sticky and rng.random() < p else 1) for c in s)


def damage(rng: random.Random, u: str, alphabet: str) -> str:
    kind = rng.randint(0, 3)
    i = rng.randrange(len(u))
    if kind == 0:
        return u[:i] + rng.choice(alphabet) + u[i + 1 :]
    if kind == 1 and len(u) > 1:
        return u[:i] + u[i + 1 :]
    if kind == 2:
        return u[:i] + u[i] + u[i:]
    return u + rng.choice(alphabet)


def small_case(rng: random.Random) -> tuple[str, str]:
    alphabet = ALPHA[: rng.randint(1, 4)]
    s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 9)))
    sticky = {c for c in alphabet if rng.random() < 0.5}
    u = typed(rng, s, sticky, rng.choice([0.3, 0.6, 1.0]))
    if rng.random() < 0.35:
        u = damage(rng, u, alphabet)
    return s, u


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "aa"), ("a", "aaa"), ("a", "b"), ("aa", "a"), ("z", "zz"), ("zz", "zzzz")]),
        test([("ab", "a"), ("a", "ab"), ("abc", "ab"), ("ab", "abb"), ("ab", "aab"), ("abc", "abcd")]),
        # equal letter totals, but blocks grow and shrink
        test([("aaba", "abaa"), ("abaa", "aaabaa"), ("aabb", "abbb"), ("xyzx", "xxyzz")]),
        # one key lengthened in several blocks; blocks of length > 1
        test([("abab", "aabaab"), ("aabaa", "aaaabaaaa"), ("aabaa", "aaaaabaa"), ("bbbb", "bbbbbbbb")]),
        test([(ALPHA, "".join(c + c for c in ALPHA)), (ALPHA, ALPHA), (ALPHA, ALPHA[::-1])]
             + [("ab" * 30, "aab" * 30)] * 20),
    ]
    for _ in range(12):  # many small cases: where the brute force checks the reference
        tests.append(test([small_case(rng) for _ in range(rng.randint(20, 45))]))
    for _ in range(2):  # medium cases over the whole alphabet
        cases = []
        for _ in range(30):
            s = "".join(rng.choice(ALPHA[: rng.randint(2, 26)]) for _ in range(rng.randint(50, 300)))
            sticky = set(rng.sample(ALPHA, rng.randint(0, 26)))
            u = typed(rng, s, sticky, 0.5)
            if rng.random() < 0.3:
                u = damage(rng, u, ALPHA)
            cases.append((s, u))
        tests.append(test(cases))
    # maximal: one long word, long blocks with a single bad block at the very end, many tiny cases
    s = "".join(rng.choice("ab") for _ in range(10**5))
    tests.append(test([(s, typed(rng, s, {"a"}, 1.0))]))
    s = "a" * 50000 + "b" * 25000 + "a" * 24000
    tests.append(test([(s, "a" * 100000 + "b" * 50000 + "a" * 47999 + "c")]))
    cases = []
    for _ in range(10**4):
        s = "".join(rng.choice("abc") for _ in range(rng.randint(1, 12)))
        u = typed(rng, s, {rng.choice("abc")}, 0.5)
        cases.append((s, u if rng.random() < 0.8 else damage(rng, u, "abc")))
    tests.append(test(cases))
    return tests
