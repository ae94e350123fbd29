"""Private tests of fresh/051: one-letter words, the syllable equal to the whole word, syllables
at the very start and the very end, heavily overlapping appearances (aaa...a, abab...), no
appearances, many small random cases over small alphabets, and maximal inputs (t = 1000,
words of length 100)."""

import random

SEED = 27051
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(cases: list[tuple[str, str]]) -> str:
    assert 1 <= len(cases) <= 1000
    for s, p in cases:
        assert 1 <= len(p) <= len(s) <= 100
        assert all(c in LETTERS for c in s + p)
    return f"{len(cases)}\n" + "".join(f"{s}\n{p}\n" for s, p in cases)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("z", "z"), ("ab", "b"), ("ab", "a"), ("ab", "ab"), ("ab", "ba"), ("aa", "a")]),
        test([("aaa", "aa"), ("aaaa", "aa"), ("aaaa", "aaa"), ("ababa", "aba"), ("abababab", "abab"), ("abcab", "ab")]),
        test([("xyzxy", "xy"), ("banana", "na"), ("banana", "nan"), ("mississippi", "issi"), ("mississippi", "ss")]),
        test([("a" * 100, "a"), ("a" * 100, "aa"), ("a" * 100, "a" * 100), ("a" * 100, "a" * 99),
              ("ab" * 50, "aba"), ("a" * 99 + "b", "ab"), ("b" + "a" * 99, "ba"), ("a" * 100, "b")]),
    ]
    for _ in range(12):  # small cases: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 60)):
            alph = rng.choice(["a", "ab", "ab", "abc", LETTERS])
            n = rng.randint(1, 12)
            s = word(rng, n, alph)
            m = rng.randint(1, min(n, 4))
            if rng.random() < 0.6:
                i = rng.randint(0, n - m)
                p = s[i:i + m]
            else:
                p = word(rng, m, alph)
            cases.append((s, p))
        tests.append(test(cases))
    for _ in range(3):  # medium
        cases = []
        for _ in range(200):
            n = rng.randint(30, 100)
            s = word(rng, n, rng.choice(["a", "ab", "abc"]))
            m = rng.randint(1, 6)
            i = rng.randint(0, n - m)
            cases.append((s, s[i:i + m]))
        tests.append(test(cases))
    tests.append(test([("a" * 100, "a" * rng.randint(1, 100)) for _ in range(1000)]))
    cases = []
    for _ in range(1000):
        unit = word(rng, rng.randint(1, 4), "ab")
        s = (unit * 100)[:100]
        cases.append((s, (unit * 10)[:rng.randint(1, 9)]))
    tests.append(test(cases))
    cases = []
    for _ in range(1000):
        s = word(rng, 100, "abc")
        m = rng.randint(1, 3)
        cases.append((s, s[100 - m:] if rng.random() < 0.5 else word(rng, m, "abc")))
    tests.append(test(cases))
    return tests
