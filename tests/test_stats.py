"""Statistics: the unbiased pass@k estimator against brute force, and bootstrap intervals."""

from __future__ import annotations

import itertools
import math
import statistics

import pytest

from workbench.stats import bootstrap_ci, mean, pass_at_k


def brute_force_pass_at_k(n: int, c: int, k: int) -> float:
    """Share of the k-subsets of n samples (the first c correct) holding a correct one."""
    subsets = list(itertools.combinations(range(n), k))
    return sum(any(i < c for i in s) for s in subsets) / len(subsets)


@pytest.mark.parametrize("n", range(1, 9))
def test_pass_at_k_equals_enumeration_over_subsets(n: int) -> None:
    for c in range(n + 1):
        for k in range(1, n + 1):
            assert pass_at_k(n, c, k) == pytest.approx(brute_force_pass_at_k(n, c, k), abs=1e-12)


def test_pass_at_k_closed_forms() -> None:
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)  # pass@1 is the share correct
    assert pass_at_k(5, 2, 2) == pytest.approx(1 - math.comb(3, 2) / math.comb(5, 2))
    # Large n: the stable product agrees with the exact binomial ratio.
    assert pass_at_k(200, 13, 10) == pytest.approx(1 - math.comb(187, 10) / math.comb(200, 10))


def test_pass_at_k_edge_cases() -> None:
    for n in range(1, 9):
        for k in range(1, 12):
            assert pass_at_k(n, 0, k) == 0.0  # nothing correct
            assert pass_at_k(n, n, k) == 1.0  # everything correct
    # Fewer samples than k (a search that stopped early): k is clipped to n.
    assert pass_at_k(2, 1, 5) == pytest.approx(brute_force_pass_at_k(2, 1, 2)) == 1.0
    assert pass_at_k(3, 1, 10) == pass_at_k(3, 1, 3) == 1.0
    assert pass_at_k(4, 1, 100) == 1.0
    assert pass_at_k(4, 0, 100) == 0.0
    # No samples at all (a refused prompt) counts as unsolved, whatever k.
    assert pass_at_k(0, 0, 1) == 0.0
    assert pass_at_k(0, 0, 10) == 0.0


@pytest.mark.parametrize(("n", "c"), [(3, 4), (3, -1), (0, 1)])
def test_pass_at_k_rejects_impossible_counts(n: int, c: int) -> None:
    with pytest.raises(ValueError, match="0 <= c <= n"):
        pass_at_k(n, c, 1)


def test_pass_at_k_grows_with_k_and_c() -> None:
    for n in range(1, 9):
        for c in range(n + 1):
            by_k = [pass_at_k(n, c, k) for k in range(1, n + 1)]
            assert by_k == sorted(by_k)
        for k in range(1, n + 1):
            by_c = [pass_at_k(n, c, k) for c in range(n + 1)]
            assert by_c == sorted(by_c)


def test_mean() -> None:
    assert mean([1.0, 2.0, 6.0]) == 3.0
    assert math.isnan(mean([]))


DATA = [1.0, 0.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 0.0, 0.5]


def test_bootstrap_ci_contains_the_mean_and_is_reproducible() -> None:
    lo, hi = bootstrap_ci(DATA, seed=3)
    assert lo <= mean(DATA) <= hi
    assert 0.0 <= lo < hi <= 1.0
    assert bootstrap_ci(DATA, seed=3) == (lo, hi)  # same seed, same interval
    others = {bootstrap_ci(DATA, seed=s) for s in range(4, 10)}
    assert others != {(lo, hi)}  # the seed matters
    # A wider level gives a wider (or equal) interval from the same resamples.
    lo99, hi99 = bootstrap_ci(DATA, level=0.99, seed=3)
    assert lo99 <= lo and hi <= hi99
    # Another statistic: the median.
    mlo, mhi = bootstrap_ci(DATA, statistic=statistics.median, seed=3)
    assert mlo <= statistics.median(DATA) <= mhi


def test_bootstrap_ci_is_degenerate_for_constant_data() -> None:
    assert bootstrap_ci([0.25] * 7) == (0.25, 0.25)
    assert bootstrap_ci([1.0]) == (1.0, 1.0)
    lo, hi = bootstrap_ci([])
    assert math.isnan(lo) and math.isnan(hi)


def test_bootstrap_ci_shrinks_with_more_data() -> None:
    small = bootstrap_ci([0.0, 1.0] * 5, seed=1)
    large = bootstrap_ci([0.0, 1.0] * 200, seed=1)
    assert large[1] - large[0] < small[1] - small[0]
    assert large[0] <= 0.5 <= large[1]
