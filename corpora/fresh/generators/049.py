"""Private tests of fresh/049: one-letter words, two-letter words of every kind, words with y,
singable words starting with a vowel and with a consonant, singable words broken at the first or
the last pair only, many small random words over small alphabets, and maximal inputs
(t = 1000, words of length 100)."""

import random

SEED = 27049
LETTERS = "abcdefghijklmnopqrstuvwxyz"
VOW = "aeiou"
CONS = "bcdfghjklmnpqrstvwxyz"


def test(words: list[str]) -> str:
    assert 1 <= len(words) <= 1000
    assert all(1 <= len(w) <= 100 and all(c in LETTERS for c in w) for w in words)
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def singable(rng: random.Random, n: int, vowel_first: bool, cons: str = CONS) -> str:
    return "".join(rng.choice(VOW if (j % 2 == 0) == vowel_first else cons) for j in range(n))


def broken(rng: random.Random, n: int, where: int) -> str:
    """A singable word of length n >= 2 with letter `where` flipped to the other kind."""
    w = list(singable(rng, n, rng.random() < 0.5))
    w[where] = rng.choice(CONS if w[where] in VOW else VOW)
    return "".join(w)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["b", "y", "e", "z"]),
        test(["ab", "ba", "aa", "bb", "yy", "ya", "ay", "ea"]),
        test(["yay", "aya", "yyy", "yoyo", "oyo", "eye", "eyes", "yes"]),
        test(["banana", "apple", "ozone", "queue", "rhythm", "aeiou", "bcd", "abab", "ababb", "aabab"]),
        test([singable(rng, 100, True), singable(rng, 100, False), singable(rng, 99, True, "y"),
              "ab" * 50, "ba" * 50, "ab" * 49 + "ba", "aa" + "ba" * 49]),
    ]
    for _ in range(12):  # small words: brute force checks these
        words = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 8)
            kind = rng.randint(0, 2)
            if kind == 0:
                words.append("".join(rng.choice(rng.choice(["ab", "ay", "ey", "aeb", LETTERS])) for _ in range(n)))
            elif kind == 1 or n < 2:
                words.append(singable(rng, n, rng.random() < 0.5))
            else:
                words.append(broken(rng, n, rng.choice([0, n - 1, rng.randrange(n)])))
        tests.append(test(words))
    for _ in range(3):  # medium
        words = []
        for _ in range(200):
            n = rng.randint(20, 100)
            words.append(singable(rng, n, rng.random() < 0.5) if rng.random() < 0.5
                         else broken(rng, n, rng.randrange(n)))
        tests.append(test(words))
    tests.append(test([singable(rng, 100, rng.random() < 0.5) for _ in range(1000)]))
    tests.append(test([broken(rng, 100, rng.choice([0, 1, 98, 99])) for _ in range(1000)]))
    tests.append(test(["".join(rng.choice("aby") for _ in range(100)) for _ in range(1000)]))
    return tests
