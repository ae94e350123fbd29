"""A run's summary table, computed from its files alone (reads runs, never writes them).

One row per (variant, template, search cell):
- problems, candidates, refused (prompts that did not fit the model);
- pass@1 and pass@k, unbiased estimator over each problem's candidates, where a
  candidate is correct when it passes every test, public and private;
- strict accuracy: share of problems whose *answer* (the best candidate by public pass
  rate, ties broken by model likelihood, then by sample index) passes every private test
  (every test, for a problem that has no private tests);
- mean private pass rate of the answers (APPS' "test case average");
- outcome counts over every test of every candidate.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from workbench.stats import bootstrap_ci, mean, pass_at_k


@dataclass
class SummaryRow:
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
    outcomes: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "variant": self.variant,
            "template": self.template,
            "cell": self.cell,
            "problems": self.problems,
            "candidates": self.candidates,
            "refused": self.refused,
            "k": self.k,
            "pass@1": self.pass_at_1,
            f"pass@{self.k}": self.pass_at_k,
            "strict_accuracy": self.strict_accuracy,
            "strict_accuracy_ci95": list(self.strict_ci),
            "private_pass_rate": self.private_pass_rate,
            "outcomes": self.outcomes,
        }


def answer(candidates: list[dict[str, Any]]) -> dict[str, Any]:
    """The best candidate by public pass rate; ties by likelihood, then sample index."""
    return max(
        candidates,
        key=lambda t: (
            t.get("public_pass_rate") or 0.0,
            t["logprob"] if t.get("logprob") is not None else float("-inf"),
            -(t.get("sample") or 0),
        ),
    )


def strictly_correct(trial: dict[str, Any]) -> bool:
    rate = trial.get("private_pass_rate")
    return bool(trial["passed_all"]) if rate is None else rate >= 1.0


def score_problem(cands: list[dict[str, Any]], k: int) -> tuple[float, float, bool, float]:
    """One problem's (pass@1, pass@k, strictly solved, private pass rate) from its
    candidates: the answer is `answer(cands)`, and its private rate falls back to the
    public one for a problem without private tests; no candidate scores zero."""
    n, c = len(cands), sum(bool(t["passed_all"]) for t in cands)
    if not cands:
        return pass_at_k(n, c, 1), pass_at_k(n, c, k), False, 0.0
    best = answer(cands)
    rate = best.get("private_pass_rate")
    private = rate if rate is not None else best.get("public_pass_rate") or 0.0
    return pass_at_k(n, c, 1), pass_at_k(n, c, k), strictly_correct(best), private


def summarize(
    trials: Iterable[dict[str, Any]],
    problems: list[str],
    applicable: dict[str, list[str]] | None = None,
) -> list[SummaryRow]:
    """Summary rows of a run's trials; `problems` are all the run's problem ids (a problem
    without any candidate in a cell counts as unsolved there), `applicable` narrows them
    per variant (a variant that does not apply to a problem has no row for it)."""
    cells: dict[tuple[str, str, str], dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    refused: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for t in trials:
        key = (t["variant"], t["template"], t["cell"])
        if t.get("refused"):
            refused[key].add(t["problem"])
            cells[key]  # noqa: B018 - a cell where every prompt was refused still has a row
        else:
            cells[key][t["problem"]].append(t)
    rows = []
    for key in sorted(cells):
        by_problem = cells[key]
        k = max((len(c) for c in by_problem.values()), default=1)
        p1, pk, strict, private = [], [], [], []
        outcomes: Counter[str] = Counter()
        wanted = (applicable or {}).get(key[0], problems)
        for pid in wanted:
            cands = by_problem.get(pid, [])
            one, at_k, solved, rate = score_problem(cands, k)
            p1.append(one)
            pk.append(at_k)
            strict.append(float(solved))
            private.append(rate)
            for t in cands:
                outcomes.update(o["outcome"] for o in t.get("outcomes") or [])
        rows.append(
            SummaryRow(
                variant=key[0],
                template=key[1],
                cell=key[2],
                problems=len(wanted),
                candidates=sum(len(c) for c in by_problem.values()),
                refused=len(refused[key]),
                k=k,
                pass_at_1=mean(p1),
                pass_at_k=mean(pk),
                strict_accuracy=mean(strict),
                strict_ci=bootstrap_ci(strict),
                private_pass_rate=mean(private),
                outcomes=dict(outcomes.most_common()),
            )
        )
    return rows
