"""Private tests of fresh/048: one-letter words, words made of one repeated letter, ties between
several letters (where the alphabet decides, not the order in the word), words where the winner
is not the first letter of the word, many small random words over small alphabets, and maximal
inputs (t = 1000, words of length 100)."""

import random

SEED = 27048
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(words: list[str]) -> str:
    assert 1 <= len(words) <= 1000
    assert all(1 <= len(w) <= 100 and all(c in LETTERS for c in w) for w in words)
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["z", "y", "a", "m"]),
        test(["zz", "zy", "yz", "ba", "ab", "aa"]),
        test(["zzzyyyx", "xyzxyz", "cba", "ccbbaa", "zyxwvutsrqponmlkjihgfedcba"]),
        test(["bbaab", "bbbaa", "qwertyuiop", "mississippi", "abracadabra", "zzzzzaaaaa"]),
        test(["a" * 100, "z" * 100, "ab" * 50, "zy" * 50, LETTERS * 3 + "zz"]),
    ]
    for _ in range(12):  # small random words over small alphabets: many ties
        words = []
        for _ in range(rng.randint(20, 60)):
            alph = "".join(rng.sample(LETTERS, rng.randint(1, 5)))
            words.append(word(rng, rng.randint(1, 12), alph))
        tests.append(test(words))
    for _ in range(3):  # medium words over the full alphabet
        tests.append(test([word(rng, rng.randint(20, 100)) for _ in range(rng.randint(50, 200))]))
    tests.append(test([word(rng, 100) for _ in range(1000)]))
    words = []
    for _ in range(1000):  # maximal: two letters tied, the later letter placed first
        a, b = sorted(rng.sample(LETTERS, 2))
        k = rng.randint(1, 50)
        rest = word(rng, 100 - 2 * k, LETTERS.replace(a, "").replace(b, ""))
        mid = list(a * k + rest)
        rng.shuffle(mid)
        words.append(b + "".join(mid) + b * (k - 1))
    tests.append(test(words))
    tests.append(test([word(rng, 100, rng.choice(["ab", "xyz", "pq"])) for _ in range(1000)]))
    return tests
