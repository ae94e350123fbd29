"""Private tests of fresh/050: one-letter words, equal words, one word the end of the other, words
that differ only in the last letter or only in the first letter, words with many equal letters
that match again after the first difference, many small random pairs over small alphabets, and
maximal inputs (t = 1000, words of length 100)."""

import random

SEED = 27050
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(pairs: list[tuple[str, str]]) -> str:
    assert 1 <= len(pairs) <= 1000
    for s, p in pairs:
        assert 1 <= len(s) <= 100 and 1 <= len(p) <= 100
        assert all(c in LETTERS for c in s + p)
    return f"{len(pairs)}\n" + "".join(f"{s} {p}\n" for s, p in pairs)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def rhyming(rng: random.Random, k: int, a: int, b: int, alphabet: str = LETTERS) -> tuple[str, str]:
    """Words with a common ending of length k and beginnings of lengths a and b (random letters)."""
    end = word(rng, k, alphabet)
    return word(rng, a, alphabet) + end, word(rng, b, alphabet) + end


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("z", "z"), ("ab", "b"), ("b", "ab"), ("ab", "ba"), ("aa", "a")]),
        test([("abc", "abc"), ("abc", "abd"), ("xbc", "abc"), ("aaaa", "aa"), ("baaa", "caaa"), ("ab", "cab")]),
        test([("axbc", "aybc"), ("abab", "baab"), ("zzzz", "yzzz"), ("xyz", "zyz"), ("cat", "hat")]),
        test([("a" * 100, "a" * 100), ("a" * 100, "a"), ("b" + "a" * 99, "c" + "a" * 99),
              ("a" * 99 + "b", "a" * 99 + "c"), ("x" * 50, "y" * 100)]),
    ]
    for _ in range(12):  # small pairs: brute force checks these
        pairs = []
        for _ in range(rng.randint(20, 60)):
            alph = rng.choice(["a", "ab", "abc", LETTERS])
            if rng.random() < 0.4:
                pairs.append((word(rng, rng.randint(1, 8), alph), word(rng, rng.randint(1, 8), alph)))
            else:
                k = rng.randint(0, 5)
                a, b = rng.randint(0, 4), rng.randint(0, 4)
                if k + a == 0:
                    a = 1
                if k + b == 0:
                    b = 1
                pairs.append(rhyming(rng, k, a, b, alph))
        tests.append(test(pairs))
    for _ in range(3):  # medium
        pairs = []
        for _ in range(200):
            k = rng.randint(0, 60)
            pairs.append(rhyming(rng, k, rng.randint(1, 40), rng.randint(0 if k else 1, 40), rng.choice(["ab", LETTERS])))
        tests.append(test(pairs))
    pairs = []
    for _ in range(1000):  # maximal: both words of length 100
        k = rng.randint(0, 100)
        pairs.append(rhyming(rng, k, 100 - k, 100 - k))
    tests.append(test(pairs))
    tests.append(test([(word(rng, 100, "ab"), word(rng, 100, "ab")) for _ in range(1000)]))
    tests.append(test([rhyming(rng, rng.randint(1, 99), 1, 1, "ab") for _ in range(1000)]))
    return tests
