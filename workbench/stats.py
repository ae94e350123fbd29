"""Statistics on trials: the unbiased pass@k estimator, bootstrap intervals and paired tests.

pass@k (Chen et al. 2021, "Evaluating Large Language Models Trained on Code"): with n
samples of which c are correct, 1 - C(n-c, k) / C(n, k), computed as a stable product.

Paired tests compare two conditions (a statement and its rewrite) on the same problems:
McNemar's exact test on the discordant solved/unsolved counts, and a percentile bootstrap
of the mean per-problem difference that resamples problems, keeping each pair together.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.stats import binom


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased estimate of the chance that at least one of k samples is correct.

    With fewer than k samples (a search that stopped early) k is clipped to n; with no
    samples at all (a refused prompt) it is 0."""
    if not 0 <= c <= n:
        raise ValueError(f"need 0 <= c <= n, got n={n}, c={c}")
    if n == 0:
        return 0.0
    k = min(k, n)
    if n - c < k:
        return 1.0
    miss = 1.0
    for i in range(n - c + 1, n + 1):
        miss *= 1.0 - k / i
    return 1.0 - miss


def mean(values: Sequence[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def bootstrap_ci(
    values: Sequence[float],
    statistic: Callable[[Sequence[float]], float] = mean,
    resamples: int = 2000,
    level: float = 0.95,
    seed: int = 0,
) -> tuple[float, float]:
    """Percentile bootstrap interval of `statistic` over `values` (problems)."""
    if not values:
        return (float("nan"), float("nan"))
    rng = random.Random(seed)
    n = len(values)
    stats = sorted(
        statistic([values[rng.randrange(n)] for _ in range(n)]) for _ in range(resamples)
    )
    lo = stats[int((1 - level) / 2 * resamples)]
    hi = stats[min(resamples - 1, int((1 + level) / 2 * resamples))]
    return (lo, hi)


def mcnemar_exact(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value from the discordant counts: b problems solved by A
    only, c by B only. Under "no difference" each discordant problem is a fair coin, so
    p = min(1, 2 * P(X <= min(b, c))) with X ~ Binomial(b + c, 1/2); 1.0 with no discordant
    problem at all (nothing to decide on)."""
    if b < 0 or c < 0:
        raise ValueError(f"discordant counts must be >= 0, got b={b}, c={c}")
    if b + c == 0:
        return 1.0
    return min(1.0, 2.0 * float(binom.cdf(min(b, c), b + c, 0.5)))


@dataclass(frozen=True)
class PairedDiff:
    """Mean of b - a over n paired units, with its percentile bootstrap interval [lo, hi]."""

    n: int
    mean_a: float
    mean_b: float
    diff: float
    lo: float
    hi: float


# Resampled index matrices are drawn in blocks of at most this many entries, so that
# many problems times many resamples never needs more than a few tens of MB at once.
_BLOCK_ENTRIES = 2_000_000


def paired_bootstrap(
    a: Sequence[float],
    b: Sequence[float],
    resamples: int = 10000,
    level: float = 0.95,
    seed: int = 0,
) -> PairedDiff:
    """Percentile bootstrap of mean(b - a) over paired units (problems): each resample draws
    n units with replacement and keeps a unit's two values together, which is what makes
    the interval narrower than two independent ones when the conditions are correlated."""
    if len(a) != len(b):
        raise ValueError(f"paired samples differ in length: {len(a)} != {len(b)}")
    n = len(a)
    if n == 0:
        nan = float("nan")
        return PairedDiff(0, nan, nan, nan, nan, nan)
    xa = np.asarray(a, dtype=float)
    xb = np.asarray(b, dtype=float)
    d = xb - xa
    rng = np.random.default_rng(seed)
    per_block = max(1, _BLOCK_ENTRIES // n)
    means = np.empty(resamples)
    for start in range(0, resamples, per_block):
        stop = min(resamples, start + per_block)
        idx = rng.integers(0, n, size=(stop - start, n))
        means[start:stop] = d[idx].mean(axis=1)
    lo, hi = np.quantile(means, [(1 - level) / 2, (1 + level) / 2])
    return PairedDiff(
        n=n,
        mean_a=float(xa.mean()),
        mean_b=float(xb.mean()),
        diff=float(d.mean()),
        lo=float(lo),
        hi=float(hi),
    )


@dataclass(frozen=True)
class TwoSampleEstimate:
    """A statistic of two independent samples (problems of two corpora) with its percentile
    bootstrap interval [lo, hi]; n_a, n_b are the sample sizes."""

    n_a: int
    n_b: int
    value: float
    lo: float
    hi: float


def mean_difference(a: np.ndarray, b: np.ndarray) -> float:
    return float(a.mean() - b.mean())


def two_sample_bootstrap(
    a: Sequence[float],
    b: Sequence[float],
    statistic: Callable[[np.ndarray, np.ndarray], float] = mean_difference,
    resamples: int = 10000,
    level: float = 0.95,
    seed: int = 0,
) -> TwoSampleEstimate:
    """Percentile bootstrap of `statistic(a, b)` (default mean(a) - mean(b)) where a and b
    are independent samples: each resample redraws each sample within itself, so a
    difference between two corpora keeps both corpora's sizes. A difference in
    differences is this on per-unit differences (each problem's own drop), which keeps
    the pairing inside every unit."""
    xa = np.asarray(a, dtype=float)
    xb = np.asarray(b, dtype=float)
    if not len(xa) or not len(xb):
        nan = float("nan")
        return TwoSampleEstimate(len(xa), len(xb), nan, nan, nan)
    rng = np.random.default_rng(seed)
    stats = np.empty(resamples)
    for i in range(resamples):
        stats[i] = statistic(
            xa[rng.integers(0, len(xa), len(xa))], xb[rng.integers(0, len(xb), len(xb))]
        )
    lo, hi = np.nanquantile(stats, [(1 - level) / 2, (1 + level) / 2])
    return TwoSampleEstimate(len(xa), len(xb), statistic(xa, xb), float(lo), float(hi))
