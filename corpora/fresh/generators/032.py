"""Private tests of fresh/032: single letters, t = s, t with a letter absent from s, t a
subsequence of s that keeps a letter only partly (the subsequence trap), t with the right
letter counts in the wrong order (the counting trap), skipped letters whose first appearance
is not alphabetical, many small random cases over small alphabets (most consistent, some
perturbed), and maximal inputs at the bound on the total length."""

import random

SEED = 26032
MAX_TOTAL = 2 * 10**5
ALPHA = "abcdefghijklmnopqrstuvwxyz"


def test(cases: list[tuple[str, str]]) -> str:
    assert 1 <= len(cases) <= 10**4
    assert sum(len(s) + len(t) for s, t in cases) <= MAX_TOTAL
    for s, t in cases:
        assert s and t and s.isalpha() and t.isalpha() and s.islower() and t.islower()
    return f"{len(cases)}\n" + "".join(f"{s}\n{t}\n" for s, t in cases)


def skip(s: str, letters: str) -> str:
    return "".join(c for c in s if c not in letters)


def random_case(rng: random.Random, n: int, alpha: str) -> tuple[str, str]:
    s = "".join(rng.choice(alpha) for _ in range(n))
    present = sorted(set(s))
    k = rng.randint(0, len(present) - 1)
    sk = "".join(rng.sample(present, k))
    t = skip(s, sk)
    mode = rng.random()
    if mode < 0.45:
        return s, t
    t = list(t)
    if mode < 0.6 and len(t) > 1:  # drop one letter: a subsequence, but not a valid skip
        del t[rng.randrange(len(t))]
    elif mode < 0.75 and len(t) > 1:  # swap two letters: same counts, wrong order
        i, j = rng.sample(range(len(t)), 2)
        t[i], t[j] = t[j], t[i]
    elif mode < 0.85:  # a letter Nastya did not say, or any letter at all
        t[rng.randrange(len(t))] = rng.choice(ALPHA[:12])
    else:  # insert a letter
        t.insert(rng.randrange(len(t) + 1), rng.choice(alpha))
    return s, "".join(t)


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("ab", "a"), ("ab", "b"), ("ab", "ba"), ("aa", "a"), ("a", "aa")]),
        test([("abcabc", "bcbc"), ("abcabc", "bcb"), ("abcabc", "cbcb"), ("abc", "abc"), ("abc", "abcd")]),
        test([("zyxwvu", "x"), ("zyxwvu", "zu"), ("qwerty", "wey"), ("cabbage", "bbg"), ("dcba", "a")]),
        test([("abab", "ab"), ("aabb", "ab"), ("abba", "bb"), ("abba", "aa"), ("abba", "abba"), ("abba", "baab")]),
        test([("zzzyyyxxx", "zzzxxx"), ("zzzyyyxxx", "zzxxx"), ("zzzyyyxxx", "xxxzzz"), ("mnopq", "mnopqr")]),
    ]
    for _ in range(12):  # small random cases: brute force checks these
        cases = []
        for _ in range(rng.randint(20, 60)):
            alpha = ALPHA[: rng.randint(1, 6)] if rng.random() < 0.7 else "".join(rng.sample(ALPHA, 6))
            cases.append(random_case(rng, rng.randint(1, 12), alpha))
        tests.append(test(cases))
    for _ in range(3):  # medium cases with the full alphabet
        cases = [random_case(rng, rng.randint(50, 400), ALPHA) for _ in range(30)]
        tests.append(test(cases))
    # maximal: one long consistent pair with the full alphabet, one long trap pair, many tiny cases
    s = "".join(rng.choice(ALPHA) for _ in range(110000))
    tests.append(test([(s, skip(s, "aeiouxyz"))]))
    s = "".join(rng.choice("abcde") for _ in range(110000))
    t = skip(s, "bd")
    tests.append(test([(s, t[:-1] + ("c" if t[-1] != "c" else "a"))]))
    cases = []
    for _ in range(10**4):
        cases.append(random_case(rng, rng.randint(1, 9), ALPHA[:4]))
    while sum(len(a) + len(b) for a, b in cases) > MAX_TOTAL:
        cases.pop()
    tests.append(test(cases))
    return tests
