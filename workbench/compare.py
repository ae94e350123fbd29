"""The comparison of a statement's variants: pure functions over typed trials (reads runs,
never writes them).

`analyze` turns the trials of one identical search over the original statement and its
rewrites into:
- one row per (variant, template, cell): problems applicable, candidates, refused prompts,
  pass@1 and pass@k, strict accuracy with a bootstrap interval, mean private pass rate of
  the answers, and the shares of outcome classes over every test of every candidate;
- one paired row per (variant other than the baseline, template, cell), on the problems
  applicable to both: mean private pass rates, their difference with a paired-bootstrap
  interval, strict solves, the discordant counts and McNemar's exact p-value, and who wins
  each problem;
- a tidy frame of per-problem results for plots.

Every row is `workbench.summary.score_group`'s, the very scoring `workbench show` prints,
with the same seed (the runs'), so that both print the same numbers for the same trials.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from workbench.stats import mcnemar_exact, paired_bootstrap
from workbench.summary import OUTCOME_CLASSES, GroupScore, group_trials, score_group
from workbench.trials import Trial

WINNERS = ("variant", "baseline", "tie")
# Two private pass rates closer than this are a tie (rates are ratios of small counts).
_TIE = 1e-9
# The per-problem frame's columns, one row per (variant, template, cell, problem).
FRAME_COLUMNS = [
    "problem",
    "variant",
    "template",
    "cell",
    "candidates",
    "refused",
    "strict",
    "private",
]


def cell_sort_key(cell: str) -> tuple[int, float, str]:
    """Greedy first, then cells by their number (T=0.2 before T=0.8 before T=1.2), then
    the rest by name; plain string order would put "T=10" before "T=2"."""
    if cell == "greedy":
        return (0, 0.0, cell)
    number = re.search(r"-?\d+(?:\.\d+)?", cell)
    return (1, float(number.group()), cell) if number else (2, 0.0, cell)


@dataclass(frozen=True)
class ProblemPair:
    """One problem's answers under the baseline and under a variant, in one cell."""

    problem: str
    baseline_private: float
    variant_private: float
    baseline_strict: bool
    variant_strict: bool
    winner: str


@dataclass(frozen=True)
class PairedRow:
    """A variant against the baseline in one (template, cell), on the problems applicable to
    both. baseline_only / variant_only are McNemar's discordant counts of strict solves."""

    variant: str
    template: str
    cell: str
    n: int
    baseline_private: float
    variant_private: float
    diff: float
    diff_ci: tuple[float, float]
    baseline_strict: int
    variant_strict: int
    baseline_only: int
    variant_only: int
    p_value: float
    wins: dict[str, int]
    problems: tuple[ProblemPair, ...]


@dataclass
class Comparison:
    """Everything `workbench compare` reports; `per_problem` is the tidy frame for plots
    (problem, variant, template, cell, candidates, refused, strict, private)."""

    baseline: str
    variants: list[str]
    templates: list[str]
    cells: list[tuple[str, str]]
    applicable: dict[str, list[str]]
    rows: list[GroupScore]
    paired: list[PairedRow]
    per_problem: pd.DataFrame = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready: NaN becomes null, tuples become lists."""
        return json_ready(
            {
                "baseline": self.baseline,
                "variants": self.variants,
                "templates": self.templates,
                "cells": [{"template": t, "cell": c} for t, c in self.cells],
                "applicable": self.applicable,
                "rows": [row_json(r) for r in self.rows],
                "paired": [asdict(p) for p in self.paired],
                "per_problem": self.per_problem.to_dict(orient="records"),
            }
        )

    def table_rows(self) -> list[dict[str, str]]:
        """The per-variant table as formatted strings, column name -> cell, for a rich or
        Markdown table."""
        return [
            {
                "variant": r.variant,
                "template": r.template,
                "cell": r.cell,
                "problems": str(r.problems),
                "candidates": str(r.candidates),
                "refused": str(r.refused),
                "pass@1": pct(r.pass_at_1),
                "pass@k": f"{pct(r.pass_at_k)} (k={r.k})",
                "strict [95% CI]": with_interval(r.strict_accuracy, r.strict_ci, pct),
                "private": pct(r.private_pass_rate),
                **{name: pct(r.outcome_shares[name]) for name in OUTCOME_CLASSES},
            }
            for r in self.rows
        ]

    def paired_table_rows(self) -> list[dict[str, str]]:
        """The paired table as formatted strings: rates and differences in percentage points."""
        return [
            {
                "variant": p.variant,
                "template": p.template,
                "cell": p.cell,
                "n": str(p.n),
                "baseline private": pct(p.baseline_private),
                "variant private": pct(p.variant_private),
                "diff [95% CI]": with_interval(p.diff, p.diff_ci, signed_pct),
                "strict base/var": f"{p.baseline_strict}/{p.variant_strict}",
                "only base/var": f"{p.baseline_only}/{p.variant_only}",
                "McNemar p": "-" if math.isnan(p.p_value) else f"{p.p_value:.3g}",
                "wins var/base/tie": "/".join(str(p.wins[w]) for w in WINNERS),
            }
            for p in self.paired
        ]


def pct(x: float) -> str:
    return "-" if math.isnan(x) else f"{100 * x:.1f}"


def signed_pct(x: float) -> str:
    return "-" if math.isnan(x) else f"{100 * x:+.1f}"


def with_interval(x: float, bounds: tuple[float, float], fmt: Callable[[float], str]) -> str:
    """ "x [lo, hi]", or just x when the interval is undefined (no problem)."""
    if any(math.isnan(b) for b in bounds):
        return fmt(x)
    return f"{fmt(x)} [{fmt(bounds[0])}, {fmt(bounds[1])}]"


def row_json(row: GroupScore) -> dict[str, Any]:
    """One per-variant row as comparison.json holds it (its outcome classes' shares, not
    every outcome's count)."""
    return {
        "variant": row.variant,
        "template": row.template,
        "cell": row.cell,
        "problems": row.problems,
        "candidates": row.candidates,
        "refused": row.refused,
        "k": row.k,
        "pass_at_1": row.pass_at_1,
        "pass_at_k": row.pass_at_k,
        "strict_accuracy": row.strict_accuracy,
        "strict_ci": row.strict_ci,
        "private_pass_rate": row.private_pass_rate,
        "tests": row.tests,
        "outcome_shares": row.outcome_shares,
    }


def analyze(
    trials: Iterable[Trial],
    applicable: Mapping[str, Sequence[str]],
    baseline: str = "original",
    k: int | None = None,
    *,
    seed: int,
) -> Comparison:
    """Compare every variant named in `applicable` (variant -> the problem ids it applies
    to, baseline included) in every (template, cell) that any of their trials ran in.
    Trials of other variants, or of problems a variant does not apply to, are left out; an
    applicable problem without candidates in a cell counts as unsolved there. `seed` is
    the runs' seed (every run of a comparison has the same), for every interval."""
    if baseline not in applicable:
        raise ValueError(f"the baseline {baseline!r} is not among the variants {list(applicable)}")
    variants = [baseline, *(v for v in applicable if v != baseline)]
    allowed = {v: set(ps) for v, ps in applicable.items()}
    groups = group_trials(t for t in trials if t.problem in allowed.get(t.variant, ()))
    ordered = sorted({(t, c) for _, t, c in groups}, key=lambda tc: (tc[0], cell_sort_key(tc[1])))
    scores = {
        (v, t, c): score_group((v, t, c), groups.get((v, t, c), []), applicable[v], k=k, seed=seed)
        for v in variants
        for t, c in ordered
    }
    paired = [
        _paired_row(scores[(baseline, t, c)], scores[(v, t, c)], set(applicable[v]), seed)
        for v in variants[1:]
        for t, c in ordered
    ]
    return Comparison(
        baseline=baseline,
        variants=variants,
        templates=sorted({t for t, _ in ordered}),
        cells=ordered,
        applicable={v: list(applicable[v]) for v in variants},
        rows=list(scores.values()),
        paired=paired,
        per_problem=per_problem_frame(scores.values()),
    )


def per_problem_frame(rows: Iterable[GroupScore]) -> pd.DataFrame:
    """One row per (variant, template, cell, problem): its candidates, whether its prompt
    was refused, whether its answer is strictly correct and the answer's private rate."""
    records = [
        {
            "problem": pid,
            "variant": r.variant,
            "template": r.template,
            "cell": r.cell,
            "candidates": p.candidates,
            "refused": p.refused,
            "strict": p.strict,
            "private": p.private,
        }
        for r in rows
        for pid, p in r.per_problem.items()
    ]
    return pd.DataFrame.from_records(records, columns=FRAME_COLUMNS)


def _paired_row(base: GroupScore, var: GroupScore, both: set[str], seed: int) -> PairedRow:
    """A variant's group against the baseline's in the same (template, cell), on the
    baseline's problems that the variant applies to as well."""
    pairs = []
    for pid, b in base.per_problem.items():
        if pid not in both:
            continue
        v = var.per_problem[pid]
        if abs(v.private - b.private) <= _TIE:
            winner = "tie"
        else:
            winner = "variant" if v.private > b.private else "baseline"
        pairs.append(ProblemPair(pid, b.private, v.private, b.strict, v.strict, winner))
    diff = paired_bootstrap(
        [p.baseline_private for p in pairs], [p.variant_private for p in pairs], seed=seed
    )
    baseline_only = sum(p.baseline_strict and not p.variant_strict for p in pairs)
    variant_only = sum(p.variant_strict and not p.baseline_strict for p in pairs)
    return PairedRow(
        variant=var.variant,
        template=var.template,
        cell=var.cell,
        n=len(pairs),
        baseline_private=diff.mean_a,
        variant_private=diff.mean_b,
        diff=diff.diff,
        diff_ci=(diff.lo, diff.hi),
        baseline_strict=sum(p.baseline_strict for p in pairs),
        variant_strict=sum(p.variant_strict for p in pairs),
        baseline_only=baseline_only,
        variant_only=variant_only,
        p_value=mcnemar_exact(baseline_only, variant_only),
        wins={w: sum(p.winner == w for p in pairs) for w in WINNERS},
        problems=tuple(pairs),
    )


def json_ready(value: Any) -> Any:
    """NaN (undefined means, intervals over no problem) as null; numpy scalars as Python."""
    if isinstance(value, dict):
        return {str(k): json_ready(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [json_ready(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, str):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value
