"""Signal 4, release dates: is the pass rate higher on problems published before the
model's training cutoff than on those published after it?

A problem released after the cutoff cannot be in the training data; one released before
may be. Problems carry `meta.release_date` (HumanEval: the paper's date; `fresh`: the day
it was authored; APPS/CodeContests where their data give one). The signal is the pass rate
before the cutoff minus the pass rate after it, with a bootstrap interval that resamples
each side's problems; problems without a date are counted and left out. Difficulty is not
controlled: a corpus released later may also be harder, so this signal alone cannot tell
memorization from difficulty. Reads scores, never writes runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from workbench.stats import bootstrap_ci, mean, two_sample_bootstrap


def parse_date(text: str | None) -> dt.date | None:
    """An ISO date (2021-07-07) or a year-month (2021-07, the first of the month); None for
    a missing or unreadable date."""
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            return dt.datetime.strptime(text.strip()[: len(fmt) + 2], fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class Bucket:
    """The problems released in [start, end] (inclusive, ISO dates) and their mean pass
    rate with its 95% bootstrap interval."""

    label: str
    start: str
    end: str
    n: int
    pass_rate: float
    lo: float
    hi: float


@dataclass(frozen=True)
class ReleaseSignal:
    cutoff: str
    before: Bucket
    after: Bucket
    difference: float  # before - after: positive = better on what the model may have seen
    lo: float
    hi: float
    undated: int
    by_year: tuple[Bucket, ...]


def _bucket(label: str, scores: list[tuple[dt.date, float]], seed: int) -> Bucket:
    values = [s for _, s in scores]
    lo, hi = bootstrap_ci(values, seed=seed) if values else (float("nan"), float("nan"))
    start = min((d for d, _ in scores), default=None)
    end = max((d for d, _ in scores), default=None)
    return Bucket(
        label,
        start.isoformat() if start else "",
        end.isoformat() if end else "",
        len(values),
        mean(values),
        lo,
        hi,
    )


def release_signal(
    scores: Mapping[str, float],
    dates: Mapping[str, str | None],
    cutoff: dt.date,
    *,
    seed: int,
) -> ReleaseSignal:
    """`scores`: a pass rate per problem (pass@1 on the original statement); `dates`: each
    problem's release date as written in its meta; `seed`: the runs' seed, for every
    interval."""
    dated: list[tuple[dt.date, float]] = []
    undated = 0
    for pid, score in scores.items():
        when = parse_date(dates.get(pid))
        if when is None:
            undated += 1
        else:
            dated.append((when, score))
    before = [(d, s) for d, s in dated if d <= cutoff]
    after = [(d, s) for d, s in dated if d > cutoff]
    est = two_sample_bootstrap([s for _, s in before], [s for _, s in after], seed=seed)
    years = sorted({d.year for d, _ in dated})
    by_year = tuple(_bucket(str(y), [(d, s) for d, s in dated if d.year == y], seed) for y in years)
    return ReleaseSignal(
        cutoff=cutoff.isoformat(),
        before=_bucket(f"on or before {cutoff.isoformat()}", before, seed),
        after=_bucket(f"after {cutoff.isoformat()}", after, seed),
        difference=est.value,
        lo=est.lo,
        hi=est.hi,
        undated=undated,
        by_year=by_year,
    )
