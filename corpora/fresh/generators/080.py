"""Private tests of fresh/080: one letter (a and not a), strings of only a's, a run of a's
before the first other letter, the largest letter not at the first non-a position, many small
random strings over small alphabets (where the brute force checks), and maximal inputs."""

import random

SEED = 27080
MAX_T = 500
MAX_LEN = 50
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def test(words: list[str]) -> str:
    assert 1 <= len(words) <= MAX_T
    assert all(1 <= len(w) <= MAX_LEN and all(c in ALPHA for c in w) for w in words)
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["a", "b", "z", "aa", "ab", "ba", "bb", "az", "za"]),
        test(["aaaa", "aaab", "aaba", "abaa", "baaa", "a" * MAX_LEN, "a" * (MAX_LEN - 1) + "b"]),
        test(["abz", "azb", "bza", "zzz", "zaz", "aabzz", "abcdefghijklmnopqrstuvwxyz"]),
        test(["z" * MAX_LEN, "b" + "z" * (MAX_LEN - 1), "a" * 25 + "y" + "z" * 24]),
    ]
    for _ in range(12):  # small random strings: the brute force checks these
        words = []
        for _ in range(rng.randint(20, 60)):
            n = rng.randint(1, 6)
            alph = rng.choice(["a", "ab", "az", "abc", ALPHA])
            w = word(rng, n, alph)
            if rng.random() < 0.3:
                w = "a" * rng.randint(1, 4) + w
            words.append(w[:MAX_LEN])
        tests.append(test(words))
    for _ in range(3):  # medium
        words = []
        for _ in range(100):
            k = rng.randint(0, 30)
            words.append(("a" * k + word(rng, rng.randint(1, 20), ALPHA))[:MAX_LEN])
        tests.append(test(words))
    tests.append(test([word(rng, MAX_LEN, ALPHA) for _ in range(MAX_T)]))
    words = []
    for _ in range(MAX_T):  # maximal: a long run of a's, then the first other letter, then anything
        k = rng.randint(0, MAX_LEN - 1)
        words.append("a" * k + rng.choice("bz") + word(rng, MAX_LEN - 1 - k, ALPHA))
    tests.append(test(words))
    return tests
