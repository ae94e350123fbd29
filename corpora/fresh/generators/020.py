"""Private tests of fresh/020: one-letter letter and word, a word longer than the letter,
m = 1 (k does not matter), k = 1 (only adjacent positions), k = n (plain subsequences),
distances exactly k and k + 1, answers far above 998244353, many small random cases over
two or three letters, and maximal inputs (n = 5000, m = 100, with k = n and k small)."""

import random

SEED = 26020
MAX_SUM_N = 5000


def case(s: str, p: str, k: int) -> str:
    n, m = len(s), len(p)
    assert 1 <= n <= 5000 and 1 <= m <= 100 and 1 <= k <= n
    return f"{n} {m} {k}\n{s}\n{p}\n"


def test(cases: list[tuple[str, str, int]]) -> str:
    assert 1 <= len(cases) <= 100 and sum(len(s) for s, _, _ in cases) <= MAX_SUM_N
    return f"{len(cases)}\n" + "".join(case(s, p, k) for s, p, k in cases)


def word(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a", 1)]),
        test([("a", "b", 1), ("a", "aa", 1), ("ab", "abc", 2), ("zz", "z", 1), ("abcabc", "c", 3)]),
        # k = 1: occurrences as a substring; k = n: all subsequences
        test([("aaaaa", "aa", 1), ("ababab", "aba", 1), ("aaaaa", "aa", 5), ("ababab", "ab", 6), ("abcabc", "abc", 6)]),
        # distances exactly k and k + 1
        test([("axxb", "ab", 3), ("axxb", "ab", 2), ("axxbyyc", "abc", 3), ("axxbyyyc", "abc", 3), ("abba", "aa", 3)]),
        test([("a" * 60, "a" * 30, 60), ("a" * 100, "a" * 50, 100), ("ab" * 50, "ab" * 20, 7)]),
    ]
    for _ in range(12):  # many small cases
        cases = []
        for _ in range(rng.randint(30, 60)):
            n = rng.randint(1, 12)
            alphabet = rng.choice(["a", "ab", "ab", "abc"])
            s = word(rng, n, alphabet)
            m = rng.randint(1, min(5, n + 1))
            p = word(rng, m, alphabet) if rng.random() < 0.6 or m > n else "".join(
                s[i] for i in sorted(rng.sample(range(n), m)))
            cases.append((s, p, rng.randint(1, n)))
        tests.append(test(cases))
    for _ in range(2):  # medium cases
        cases = []
        for _ in range(20):
            n = rng.randint(50, 250)
            alphabet = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
            s = word(rng, n, alphabet)
            m = rng.randint(1, min(100, n))
            p = "".join(s[i] for i in sorted(rng.sample(range(n), m))) if rng.random() < 0.5 else word(rng, m, alphabet)
            cases.append((s, p, rng.randint(1, n)))
        tests.append(test(cases))
    # maximal: all equal letters with k = n, two letters with a middle k, many mid-size cases
    tests.append(test([("a" * 5000, "a" * 100, 5000)]))
    s = word(rng, 5000, "ab")
    tests.append(test([(s, word(rng, 100, "ab"), 2500)]))
    cases = []
    for _ in range(100):
        s = word(rng, 50, "ab")
        cases.append((s, word(rng, rng.randint(1, 30), "ab"), rng.randint(1, 50)))
    tests.append(test(cases))
    return tests
