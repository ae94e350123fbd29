"""Private tests of fresh/054: one-letter messages, messages of one repeated letter, the longest
block at the start, in the middle and at the end, several blocks of the same letter (the letter
occurs more often than its longest block), no equal neighbours, many small random messages over
small alphabets, and maximal inputs (t = 1000, messages of length 100)."""

import random

SEED = 27054
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def test(words: list[str]) -> str:
    assert 1 <= len(words) <= 1000
    assert all(1 <= len(w) <= 100 and all(c in LETTERS for c in w) for w in words)
    return f"{len(words)}\n" + "".join(w + "\n" for w in words)


def word(rng: random.Random, n: int, alphabet: str = LETTERS) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def blocks(rng: random.Random, lengths: list[int], alphabet: str = LETTERS) -> str:
    """Blocks of the given lengths; neighbouring blocks get different letters."""
    out, prev = [], ""
    for k in lengths:
        c = rng.choice([x for x in alphabet if x != prev])
        out.append(c * k)
        prev = c
    return "".join(out)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test(["a"]),
        test(["z", "aa", "ab", "aab", "abb", "aba", "abc", "aaa"]),
        test(["heyyyy", "wooow", "hello", "aabaaab", "abbbcc", "aaabbbb", "aaaab", "baaaa"]),
        test(["ababab", "abcabc", "aabbaabb", "abaabaaab", "xxxyxxxyxxxx"]),
        test(["a" * 100, "ab" * 50, "a" * 99 + "b", "b" + "a" * 99, "a" * 50 + "b" * 50,
              "ab" * 49 + "bb", "aab" * 33 + "a"]),
    ]
    for _ in range(12):  # small messages: brute force checks these
        words = []
        for _ in range(rng.randint(20, 60)):
            if rng.random() < 0.5:
                words.append(word(rng, rng.randint(1, 12), rng.choice(["a", "ab", "abc", LETTERS])))
            else:
                lengths = [rng.randint(1, 4) for _ in range(rng.randint(1, 5))]
                words.append(blocks(rng, lengths, rng.choice(["ab", "abc"])))
        tests.append(test(words))
    for _ in range(3):  # medium
        words = []
        for _ in range(200):
            lengths, total = [], 0
            while True:
                k = rng.randint(1, 10)
                if total + k > 100:
                    break
                lengths.append(k)
                total += k
            words.append(blocks(rng, lengths, rng.choice(["ab", "abc", LETTERS])))
        tests.append(test(words))
    words = []
    for _ in range(1000):  # maximal: the longest block placed last
        k = rng.randint(2, 30)
        rest = []
        while sum(rest) + k < 100:
            rest.append(rng.randint(1, min(k - 1, 100 - k - sum(rest))))
        words.append(blocks(rng, rest + [k], "ab"))
    tests.append(test(words))
    tests.append(test([word(rng, 100, rng.choice(["ab", "abc"])) for _ in range(1000)]))
    tests.append(test([blocks(rng, [rng.randint(1, 3) for _ in range(40)], "ab")[:100]
                       for _ in range(1000)]))
    return tests
