"""The comparison of a statement's variants: pure functions over trial dicts (reads runs,
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

The answer of a problem in a cell, strictness and the private-rate fallback are those of
`workbench.summary`, so that `workbench show` and `workbench compare` agree.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from workbench.stats import bootstrap_ci, mcnemar_exact, mean, paired_bootstrap
from workbench.summary import score_problem

# Outcome classes shown in tables and plots; the rare ones share "other".
OUTCOME_CLASSES = ("passed", "wrong_answer", "runtime_error", "timeout", "syntax_error", "other")
WINNERS = ("variant", "baseline", "tie")
# Two private pass rates closer than this are a tie (rates are ratios of small counts).
_TIE = 1e-9


def outcome_class(outcome: str) -> str:
    """The class of one test outcome: memory/output limits and sandbox errors are "other"."""
    return outcome if outcome in OUTCOME_CLASSES else "other"


def cell_sort_key(cell: str) -> tuple[int, float, str]:
    """Greedy first, then cells by their number (T=0.2 before T=0.8 before T=1.2), then
    the rest by name; plain string order would put "T=10" before "T=2"."""
    if cell == "greedy":
        return (0, 0.0, cell)
    number = re.search(r"-?\d+(?:\.\d+)?", cell)
    return (1, float(number.group()), cell) if number else (2, 0.0, cell)


@dataclass(frozen=True)
class VariantRow:
    """One (variant, template, cell) of the comparison."""

    variant: str
    template: str
    cell: str
    problems: int
    candidates: int
    refused: int
    k: int
    pass_at_1: float
    pass_at_k: float
    strict_accuracy: float
    strict_ci: tuple[float, float]
    private_pass_rate: float
    tests: int
    outcome_shares: dict[str, float]


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
    rows: list[VariantRow]
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
                "rows": [asdict(r) for r in self.rows],
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


def analyze(
    trials: Iterable[dict[str, Any]],
    applicable: dict[str, list[str]],
    baseline: str = "original",
    k: int | None = None,
    seed: int = 0,
) -> Comparison:
    """Compare every variant named in `applicable` (variant -> the problem ids it applies
    to, baseline included) in every (template, cell) that any of their trials ran in.
    Trials of other variants, or of problems a variant does not apply to, are left out; an
    applicable problem without candidates in a cell counts as unsolved there."""
    if baseline not in applicable:
        raise ValueError(f"the baseline {baseline!r} is not among the variants {list(applicable)}")
    variants = [baseline, *(v for v in applicable if v != baseline)]
    allowed = {v: set(ps) for v, ps in applicable.items()}
    # (variant, template, cell) -> problem -> candidates; and the refused problems.
    candidates: dict[tuple[str, str, str], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    refused: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    cells: set[tuple[str, str]] = set()
    for t in trials:
        if t["problem"] not in allowed.get(t["variant"], ()):
            continue
        key = (t["variant"], t["template"], t["cell"])
        cells.add((t["template"], t["cell"]))
        if t.get("refused"):
            refused[key].add(t["problem"])
        else:
            candidates[key][t["problem"]].append(t)
    ordered = sorted(cells, key=lambda tc: (tc[0], cell_sort_key(tc[1])))
    templates = sorted({t for t, _ in ordered})

    rows: list[VariantRow] = []
    records: list[dict[str, Any]] = []
    for variant in variants:
        for template, cell in ordered:
            key = (variant, template, cell)
            row, recs = _variant_row(
                key, applicable[variant], candidates[key], refused[key], k, seed
            )
            rows.append(row)
            records.extend(recs)
    frame = pd.DataFrame.from_records(
        records,
        columns=[
            "problem",
            "variant",
            "template",
            "cell",
            "candidates",
            "refused",
            "strict",
            "private",
        ],
    )
    found = {(r["variant"], r["template"], r["cell"], r["problem"]): r for r in records}
    paired = [
        _paired_row(variant, template, cell, baseline, applicable, found, seed)
        for variant in variants[1:]
        for template, cell in ordered
    ]
    return Comparison(
        baseline=baseline,
        variants=variants,
        templates=templates,
        cells=ordered,
        applicable={v: list(applicable[v]) for v in variants},
        rows=rows,
        paired=paired,
        per_problem=frame,
    )


def _variant_row(
    key: tuple[str, str, str],
    problems: list[str],
    by_problem: dict[str, list[dict[str, Any]]],
    refused: set[str],
    k: int | None,
    seed: int,
) -> tuple[VariantRow, list[dict[str, Any]]]:
    """One row, and the per-problem records behind it."""
    variant, template, cell = key
    kk = k if k is not None else max((len(by_problem.get(p, [])) for p in problems), default=1)
    kk = max(kk, 1)
    p1, pk, strict, private = [], [], [], []
    counts = dict.fromkeys(OUTCOME_CLASSES, 0)
    records = []
    for pid in problems:
        cands = by_problem.get(pid, [])
        n = len(cands)
        one, at_k, solved, rate = score_problem(cands, kk)
        p1.append(one)
        pk.append(at_k)
        strict.append(float(solved))
        private.append(rate)
        for t in cands:
            for o in t.get("outcomes") or []:
                counts[outcome_class(o["outcome"])] += 1
        records.append(
            {
                "problem": pid,
                "variant": variant,
                "template": template,
                "cell": cell,
                "candidates": n,
                "refused": pid in refused,
                "strict": solved,
                "private": rate,
            }
        )
    tests = sum(counts.values())
    row = VariantRow(
        variant=variant,
        template=template,
        cell=cell,
        problems=len(problems),
        candidates=sum(len(by_problem.get(p, [])) for p in problems),
        refused=len(refused),
        k=kk,
        pass_at_1=mean(p1),
        pass_at_k=mean(pk),
        strict_accuracy=mean(strict),
        strict_ci=bootstrap_ci(strict, seed=seed),
        private_pass_rate=mean(private),
        tests=tests,
        # No test at all (every prompt refused): shares are undefined, not zero.
        outcome_shares={
            name: counts[name] / tests if tests else float("nan") for name in OUTCOME_CLASSES
        },
    )
    return row, records


def _paired_row(
    variant: str,
    template: str,
    cell: str,
    baseline: str,
    applicable: dict[str, list[str]],
    found: dict[tuple[str, str, str, str], dict[str, Any]],
    seed: int,
) -> PairedRow:
    both = set(applicable[variant])
    pairs = []
    for pid in applicable[baseline]:
        if pid not in both:
            continue
        base = found[(baseline, template, cell, pid)]
        var = found[(variant, template, cell, pid)]
        if abs(var["private"] - base["private"]) <= _TIE:
            winner = "tie"
        else:
            winner = "variant" if var["private"] > base["private"] else "baseline"
        pairs.append(
            ProblemPair(
                problem=pid,
                baseline_private=base["private"],
                variant_private=var["private"],
                baseline_strict=base["strict"],
                variant_strict=var["strict"],
                winner=winner,
            )
        )
    diff = paired_bootstrap(
        [p.baseline_private for p in pairs], [p.variant_private for p in pairs], seed=seed
    )
    baseline_only = sum(p.baseline_strict and not p.variant_strict for p in pairs)
    variant_only = sum(p.variant_strict and not p.baseline_strict for p in pairs)
    return PairedRow(
        variant=variant,
        template=template,
        cell=cell,
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
