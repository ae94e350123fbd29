"""Private tests of fresh/053: one-letter words, equal words, rearrangements, w using only some
cards, w needing one more copy of a letter than the box has (while w is still shorter than s),
w with a letter missing from the box, many small random pairs over small alphabets, and maximal
inputs (t = 1000, words of length 100)."""

import random

SEED = 27053
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(pairs: list[tuple[str, str]]) -> str:
    assert 1 <= len(pairs) <= 1000
    for s, w in pairs:
        assert 1 <= len(s) <= 100 and 1 <= len(w) <= 100
        assert all(c in LETTERS for c in s + w)
    return f"{len(pairs)}\n" + "".join(f"{s} {w}\n" for s, w in pairs)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def sub_word(rng: random.Random, s: str, m: int) -> str:
    """A random rearrangement of m of the cards of s."""
    cards = rng.sample(list(s), m)
    return "".join(cards)


def one_too_many(rng: random.Random, s: str) -> str:
    """A word using some cards of s plus one extra copy of a letter of s; shorter than s if possible."""
    m = rng.randint(0, max(0, len(s) - 2))
    w = list(sub_word(rng, s, m))
    c = rng.choice(s)
    w += [c] * (s.count(c) - w.count(c) + 1)
    if len(w) > 100:  # keep within the bound: only the extra letter c, one more than in s
        w = [c] * (s.count(c) + 1)
    assert len(w) <= 100, "no word of length <= 100 needs one more card than s = " + s
    rng.shuffle(w)
    return "".join(w)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("a", "aa"), ("aa", "a"), ("ab", "ba"), ("ab", "b"), ("b", "ab")]),
        test([("listen", "silent"), ("apple", "pale"), ("cat", "tact"), ("abc", "abcd"),
              ("banana", "nab"), ("banana", "nnn"), ("banana", "aaa"), ("banana", "aaaa")]),
        test([("aabbc", "abcc"), ("aabbcc", "abcabc"), ("xyz", "zyxx"), ("zzzzy", "yy"), ("zzzzy", "zzzz")]),
        test([("a" * 100, "a" * 100), ("a" * 99 + "b", "a" * 100), ("a" * 100, "a" * 99 + "b"),
              ("ab" * 50, "b" * 50), ("ab" * 50, "b" * 51 + "a"), (LETTERS * 3 + "zz", "z" * 5)]),
    ]
    for _ in range(12):  # small pairs: brute force checks these
        pairs = []
        for _ in range(rng.randint(20, 60)):
            s = word(rng, rng.randint(1, 8), rng.choice(["a", "ab", "abc", "abcd"]))
            kind = rng.randint(0, 3)
            if kind == 0:
                w = sub_word(rng, s, rng.randint(1, len(s)))
            elif kind == 1:
                w = one_too_many(rng, s)
            elif kind == 2:
                w = sub_word(rng, s, rng.randint(0, len(s) - 1)) + rng.choice("bcde")
            else:
                w = word(rng, rng.randint(1, 8), "abcd")
            pairs.append((s, w))
        tests.append(test(pairs))
    for _ in range(3):  # medium
        pairs = []
        for _ in range(200):
            s = word(rng, rng.randint(20, 100), rng.choice(["abc", "abcdef", LETTERS]))
            w = sub_word(rng, s, rng.randint(1, len(s))) if rng.random() < 0.5 else one_too_many(rng, s)
            pairs.append((s, w))
        tests.append(test(pairs))
    pairs = []
    for _ in range(1000):
        s = word(rng, 100)
        pairs.append((s, sub_word(rng, s, 100)))
    tests.append(test(pairs))
    pairs = []
    for _ in range(1000):
        s = word(rng, 100, "abcde")
        pairs.append((s, one_too_many(rng, s)))
    tests.append(test(pairs))
    pairs = []
    for _ in range(1000):
        s = word(rng, 100, "abc")
        pairs.append((s, word(rng, 100, "abc")))
    tests.append(test(pairs))
    return tests
