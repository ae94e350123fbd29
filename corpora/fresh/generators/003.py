"""Private tests of fresh/003: single letters, different lengths, the same letters with vowels at
other positions, the same vowel pattern with other letters, words with y (a consonant), many small
random pairs built by allowed swaps and then perturbed (where the brute force checks), and maximal
inputs."""

import random

SEED = 26003
VOW = "aeiou"
CONS = "bcdfghjklmnpqrstvwxyz"


def test(pairs: list[tuple[str, str]]) -> str:
    assert 1 <= len(pairs) <= 10**4
    assert sum(len(s) + len(r) for s, r in pairs) <= 2 * 10**5
    assert all(1 <= len(s) <= 10**5 and 1 <= len(r) <= 10**5 for s, r in pairs)
    return f"{len(pairs)}\n" + "".join(f"{s}\n{r}\n" for s, r in pairs)


def shuffle_same_colour(rng: random.Random, s: str) -> str:
    pos_v = [i for i, c in enumerate(s) if c in VOW]
    pos_c = [i for i, c in enumerate(s) if c not in VOW]
    res = list(s)
    for pos in (pos_v, pos_c):
        letters = [s[i] for i in pos]
        rng.shuffle(letters)
        for i, c in zip(pos, letters):
            res[i] = c
    return "".join(res)


def perturb(rng: random.Random, s: str) -> str:
    kind = rng.randint(0, 4)
    lst = list(s)
    if kind == 0 and len(s) >= 2:  # swap two arbitrary letters
        i, j = rng.sample(range(len(s)), 2)
        lst[i], lst[j] = lst[j], lst[i]
    elif kind == 1:  # replace a letter by one of the same colour
        i = rng.randrange(len(s))
        lst[i] = rng.choice(VOW if s[i] in VOW else CONS)
    elif kind == 2:  # replace a letter by any letter
        lst[rng.randrange(len(s))] = rng.choice(VOW + CONS)
    elif kind == 3:  # drop a letter (lengths differ)
        if len(s) >= 2:
            del lst[rng.randrange(len(s))]
        else:
            lst.append(rng.choice(VOW + CONS))
    return "".join(lst)


def random_word(rng: random.Random, n: int, alphabet: str) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def generate(rng: random.Random) -> list[str]:
    tests = [
        test([("a", "a")]),
        test([("a", "b"), ("b", "b"), ("y", "y"), ("a", "e"), ("ab", "ba"), ("ab", "ab")]),
        test([("yb", "by"), ("ya", "ay"), ("yay", "yya"), ("bye", "ybe"), ("yes", "sey"), ("yoyo", "oyoy")]),
        test([("aa", "aaa"), ("abc", "ab"), ("xyz", "xyzz"), ("b", "bb")]),
        test([("abcde", "ebcda"), ("abcde", "adcbe"), ("abab", "baba"), ("aebc", "eacb"),
              ("kayak", "kayak"), ("listen", "silent"), ("night", "thing"), ("cat", "act")]),
        test([("abc", "abd"), ("hello", "holle"), ("hello", "helle"), ("aeiou", "uoiea"), ("aeiou", "aeiob")]),
    ]
    for _ in range(12):  # small pairs: brute force checks these
        pairs = []
        for _ in range(rng.randint(15, 40)):
            n = rng.randint(1, 6)
            alph = rng.choice(["ab", "ay", "aeb", "by", VOW + "bcy", VOW + CONS])
            s = random_word(rng, n, alph)
            r = shuffle_same_colour(rng, s)
            if rng.random() < 0.5:
                r = perturb(rng, r)
            pairs.append((s, r))
        tests.append(test(pairs))
    for _ in range(3):  # medium
        pairs = []
        for _ in range(50):
            s = random_word(rng, rng.randint(50, 500), rng.choice(["aeby", VOW + CONS]))
            r = shuffle_same_colour(rng, s)
            if rng.random() < 0.5:
                r = perturb(rng, r)
            pairs.append((s, r))
        tests.append(test(pairs))
    big = random_word(rng, 10**5, VOW + CONS)
    tests.append(test([(big, shuffle_same_colour(rng, big))]))
    big = random_word(rng, 10**5, "aby")
    bad = list(shuffle_same_colour(rng, big))
    i = next(k for k in range(len(bad) - 1, -1, -1) if bad[k] == "y")
    j = next(k for k in range(len(bad) - 1, -1, -1) if bad[k] == "a")
    bad[i], bad[j] = bad[j], bad[i]
    tests.append(test([(big, "".join(bad))]))
    pairs = []
    for _ in range(10**4):
        s = random_word(rng, 10, "aeiybc")
        r = shuffle_same_colour(rng, s)
        pairs.append((s, perturb(rng, r) if rng.random() < 0.3 else r))
    tests.append(test(pairs))
    return tests
