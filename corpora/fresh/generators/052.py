"""Private tests of fresh/052: one-letter words, words of one repeated letter, fair words built
from equal blocks of letters, almost fair words (one letter occurs once more or once less),
words whose length is divisible by the number of distinct letters without being fair, words
where only a middle letter breaks fairness, many small random words over small alphabets, and
maximal inputs (t = 1000, words of length 100)."""

import random

SEED = 27052
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(words: list[str]) -> str:
    assert 1 <= len(words) <= 1000
    assert all(1 <= len(w) <= 100 and all(c in LETTERS for c in w) for w in words)
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def from_counts(rng: random.Random, counts: list[int]) -> str:
    """A shuffled word whose i-th distinct letter occurs counts[i] times."""
    letters = rng.sample(LETTERS, len(counts))
    w = [c for c, k in zip(letters, counts) for _ in range(k)]
    rng.shuffle(w)
    return "".join(w)


def fair(rng: random.Random, max_len: int) -> str:
    d = rng.randint(1, min(26, max_len))
    k = rng.randint(1, max_len // d)
    return from_counts(rng, [k] * d)


def almost_fair(rng: random.Random, max_len: int) -> str:
    """Equal counts except one letter, which occurs once more or once less (at least once)."""
    while True:
        d = rng.randint(2, min(26, max_len - 1))
        k = rng.randint(1, (max_len - 1) // d)
        counts = [k] * d
        j = rng.randrange(d)
        counts[j] += 1 if k == 1 or rng.random() < 0.5 else -1
        if sum(counts) <= max_len:
            return from_counts(rng, counts)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["z", "aa", "ab", "aab", "aba", "baa", "abc", "abcd"]),
        test(["aabbbc", "abcabc", "noon", "deed", "banana", "abacab", "aabbc", "abbc"]),
        test(["aabbbbcc", "abbbbc", "aabbcccc", "aaabbc", "xxyyzzz", "abcdefghijklmnopqrstuvwxyz",
              "abcdefghijklmnopqrstuvwxyza"]),
        test(["a" * 100, "ab" * 50, "a" * 50 + "b" * 50, "a" * 51 + "b" * 49, "abcd" * 25,
              LETTERS * 3 + "ab", "a" * 99 + "b"]),
    ]
    for _ in range(12):  # small words: brute force checks these
        words = []
        for _ in range(rng.randint(20, 60)):
            kind = rng.randint(0, 2)
            if kind == 0:
                words.append(fair(rng, 12))
            elif kind == 1:
                words.append(almost_fair(rng, 12))
            else:
                words.append(word(rng, rng.randint(1, 10), rng.choice(["ab", "abc", "abcd"])))
        tests.append(test(words))
    for _ in range(3):  # medium
        tests.append(test([fair(rng, 100) if rng.random() < 0.5 else almost_fair(rng, 100)
                           for _ in range(200)]))
    tests.append(test([fair(rng, 100) for _ in range(1000)]))
    tests.append(test([almost_fair(rng, 100) for _ in range(1000)]))
    words = []
    for _ in range(1000):  # length divisible by the number of letters, yet not fair
        d = rng.randint(2, 10)
        k = rng.randint(2, 100 // d)
        counts = [k] * d
        counts[0] += 1
        counts[1] -= 1
        words.append(from_counts(rng, counts))
    tests.append(test(words))
    return tests
