"""Private tests of fresh/025: one-letter words, equal words, anagrams (draws), draws between
words of different lengths, words with many repeated letters, a short heavy word against a long
light word where the weights are close, many small random rounds, and maximal inputs
(t = 1000, both words of length 50)."""

import random

SEED = 26025
MAX_T = 1000
MAX_LEN = 50
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def weight(w: str) -> int:
    return sum(LETTERS.index(c) + 1 for c in w)


def test(rounds: list[tuple[str, str]]) -> str:
    assert 1 <= len(rounds) <= MAX_T
    for s, p in rounds:
        assert 1 <= len(s) <= MAX_LEN and 1 <= len(p) <= MAX_LEN
        assert all(c in LETTERS for c in s + p)
    return f"{len(rounds)}\n" + "".join(f"{s} {p}\n" for s, p in rounds)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def close_pair(rng: random.Random) -> tuple[str, str]:
    """A short word and a longer one of nearly the same weight (difference -2..2)."""
    short = word(rng, rng.randint(1, 4), "tuvwxyz")
    target = weight(short) + rng.randint(-2, 2)
    long_word = ""
    while weight(long_word) < target and len(long_word) < MAX_LEN:
        long_word += rng.choice("abcde")
    while long_word and weight(long_word) > target:
        long_word = long_word[:-1]
    long_word += "a" * min(MAX_LEN - len(long_word), max(0, target - weight(long_word)))
    if not long_word:
        long_word = "a"
    return (short, long_word) if rng.random() < 0.5 else (long_word, short)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("b", "a"), ("z", "z"), ("aa", "b"), ("b", "aa"), ("ab", "c")]),
        test([("z", "aaaaaaaaaaaaaaaaaaaaaaaaaa"), ("aaaaaaaaaaaaaaaaaaaaaaaaaaa", "z"),
              ("zz", "y" * 2), ("abc", "cba"), ("listen", "silent")]),
        test([("bb", "d"), ("bb", "abc"), ("aaaa", "bb"), ("cc", "abc"), ("zzz", "yyyc")]),
        test([("a" * 50, "z"), ("z" * 50, "z" * 49 + "y"), ("aab", "ab"), ("zzzz", "yz")]),
        test([("mississippi", "misp"), ("aaab", "ab"), ("banana", "ban"), ("ooo", "oo")]),
    ]
    for _ in range(5):  # close weights, different lengths
        tests.append(test([close_pair(rng) for _ in range(rng.randint(30, 80))]))
    for _ in range(7):  # small random rounds, few letters so ties and repeats are common
        rounds = []
        for _ in range(rng.randint(30, 80)):
            alphabet = rng.choice(["ab", "abc", "xyz", "az", LETTERS])
            s = word(rng, rng.randint(1, 6), alphabet)
            p = "".join(rng.sample(s, len(s))) if rng.random() < 0.2 else word(rng, rng.randint(1, 6), alphabet)
            rounds.append((s, p))
        tests.append(test(rounds))
    for _ in range(3):  # medium random words
        tests.append(test([(word(rng, rng.randint(1, MAX_LEN)), word(rng, rng.randint(1, MAX_LEN)))
                           for _ in range(100)]))
    # maximal: t = 1000, both words of length 50 (random, and anagram-or-near pairs)
    tests.append(test([(word(rng, MAX_LEN), word(rng, MAX_LEN)) for _ in range(MAX_T)]))
    rounds = []
    for _ in range(MAX_T):
        s = word(rng, MAX_LEN)
        p = list(s)
        rng.shuffle(p)
        if rng.random() < 0.5:
            i = rng.randrange(MAX_LEN)
            p[i] = rng.choice(LETTERS)
        rounds.append((s, "".join(p)))
    tests.append(test(rounds))
    return tests
