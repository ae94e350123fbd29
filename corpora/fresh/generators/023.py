"""Private tests of fresh/023: single letters, two-letter strings, one repeated letter,
periodic strings (period 2, where no echo exists, and odd periods), strings whose equal
letters sit at the same parity, many small random strings over 1 to 3 letters, and
maximal strings (one letter, random over all letters, many short strings)."""

import random

SEED = 26023
MAX_SUM = 2 * 10**5
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(strings: list[str]) -> str:
    assert 1 <= len(strings) <= 10**4 and sum(map(len, strings)) <= MAX_SUM
    assert all(1 <= len(s) and set(s) <= set(LETTERS) for s in strings)
    return f"{len(strings)}\n" + "".join(s + "\n" for s in strings)


def rand(rng: random.Random, n: int, k: int) -> str:
    return "".join(rng.choice(LETTERS[:k]) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["a", "aa", "ab", "ba", "zz", "aab", "aba", "baa"]),
        test(["abab" * 5, "abc" * 7, "aaaaaaaaa", "a" * 10, "abcd" * 6]),
        test(["aXbXcXa".replace("X", "z"), "azbzazb", "acacaca", "caaac", "zyxxyz"]),
        test(["ab" * 50 + "a", "ba" * 50, "xyzzyx" * 10, LETTERS, LETTERS + LETTERS[::-1]]),
    ]
    for _ in range(12):
        strings = []
        for _ in range(rng.randint(20, 80)):
            strings.append(rand(rng, rng.randint(1, 12), rng.choice([1, 2, 2, 3, 26])))
        tests.append(test(strings))
    for _ in range(3):
        tests.append(test([rand(rng, rng.randint(100, 800), rng.choice([2, 5, 26])) for _ in range(10)]))
    # maximal: one letter, random over all letters, many short strings
    tests.append(test(["q" * MAX_SUM]))
    tests.append(test([rand(rng, MAX_SUM, 26)]))
    tests.append(test([rand(rng, 20, 3) for _ in range(10**4)]))
    return tests
