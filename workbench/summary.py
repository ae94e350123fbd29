"""The one scoring of a run's trials, used by every view of a run (`workbench show`,
`workbench compare`, the memorization study), so that the same trials print the same
numbers everywhere. Reads trials, never writes runs.

A group is one (variant, template, search cell); it is scored over the problems it
applies to (a problem without any candidate there counts as unsolved):
- problems, candidates, refused (prompts that did not fit the model);
- pass@1 and pass@k, unbiased estimator over each problem's candidates, where a
  candidate is correct when it passes every test, public and private;
- strict accuracy: share of problems whose *answer* (the best candidate by public pass
  rate, ties broken by model likelihood, then by sample index) passes every private test
  (every test, for a problem that has no private tests), with a bootstrap interval over
  problems drawn with the run's seed (the one seed rule: every interval about runs uses
  the seed their config recorded, passed as `seed=`);
- mean private pass rate of the answers (APPS' "test case average");
- outcome counts over every test of every candidate.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from workbench.stats import bootstrap_ci, mean, pass_at_k
from workbench.trials import Trial

# Outcome classes shown in tables and plots; the rare ones share "other".
OUTCOME_CLASSES = ("passed", "wrong_answer", "runtime_error", "timeout", "syntax_error", "other")

Group = tuple[str, str, str]  # (variant, template, cell)


def outcome_class(outcome: str) -> str:
    """The class of one test outcome: memory/output limits and sandbox errors are "other"."""
    return outcome if outcome in OUTCOME_CLASSES else "other"


def answer(candidates: Sequence[Trial]) -> Trial:
    """The best candidate by public pass rate; ties by likelihood, then sample index."""
    return max(
        candidates,
        key=lambda t: (
            t.public_pass_rate or 0.0,
            t.logprob if t.logprob is not None else float("-inf"),
            -(t.sample or 0),
        ),
    )


def strictly_correct(trial: Trial) -> bool:
    """Passes every private test (every test, for a problem without private tests)."""
    rate = trial.private_pass_rate
    return trial.passed_all if rate is None else rate >= 1.0


@dataclass(frozen=True)
class ProblemScore:
    """One problem in one group: its candidates, whether its prompt was refused, pass@1
    and pass@k over its candidates, and whether its answer is strictly correct with the
    answer's private pass rate (its public one for a problem without private tests; 0
    without any candidate)."""

    candidates: int
    refused: bool
    pass_at_1: float
    pass_at_k: float
    strict: bool
    private: float


def score_problem(candidates: Sequence[Trial], k: int, refused: bool = False) -> ProblemScore:
    """One problem's score from its candidates (refused prompts left out)."""
    n, c = len(candidates), sum(t.passed_all for t in candidates)
    if not candidates:
        return ProblemScore(0, refused, pass_at_k(n, c, 1), pass_at_k(n, c, k), False, 0.0)
    best = answer(candidates)
    rate = best.private_pass_rate
    private = rate if rate is not None else best.public_pass_rate or 0.0
    return ProblemScore(
        n, refused, pass_at_k(n, c, 1), pass_at_k(n, c, k), strictly_correct(best), private
    )


@dataclass(frozen=True)
class GroupScore:
    """The score of one (variant, template, cell) over its problems: one row of
    `workbench show` and of `workbench compare`. `outcomes` counts every outcome name over
    every test of every candidate, most common first; `per_problem` holds each problem's
    score in the order the problems were given."""

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
    per_problem: dict[str, ProblemScore] = field(default_factory=dict, repr=False)

    @property
    def tests(self) -> int:
        """Tests run, over every candidate."""
        return sum(self.outcomes.values())

    @property
    def outcome_shares(self) -> dict[str, float]:
        """The share of each outcome class over every test run; undefined (NaN), not zero,
        when no test ran at all (every prompt refused)."""
        counts = dict.fromkeys(OUTCOME_CLASSES, 0)
        for name, n in self.outcomes.items():
            counts[outcome_class(name)] += n
        tests = self.tests
        return {name: counts[name] / tests if tests else float("nan") for name in counts}

    def to_dict(self) -> dict[str, Any]:
        """The row as `workbench show --json` prints it."""
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


def group_trials(trials: Iterable[Trial]) -> dict[Group, list[Trial]]:
    """Trials by their (variant, template, cell), in the order first seen."""
    groups: dict[Group, list[Trial]] = defaultdict(list)
    for t in trials:
        groups[t.group].append(t)
    return dict(groups)


def score_group(
    group: Group,
    trials: Iterable[Trial],
    problems: Sequence[str],
    *,
    k: int | None = None,
    seed: int,
) -> GroupScore:
    """Score one group's trials (candidates and refused prompts) over `problems`; trials of
    other problems are left out. `k` defaults to the most candidates any problem has (at
    least 1); the strict-accuracy interval is drawn with `seed`."""
    wanted = set(problems)
    candidates: dict[str, list[Trial]] = defaultdict(list)
    refused: set[str] = set()
    for t in trials:
        if t.problem not in wanted:
            continue
        if t.refused:
            refused.add(t.problem)
        else:
            candidates[t.problem].append(t)
    kk = max(1, k if k is not None else max((len(c) for c in candidates.values()), default=1))
    per_problem = {
        pid: score_problem(candidates.get(pid, []), kk, pid in refused) for pid in problems
    }
    outcomes: Counter[str] = Counter()
    for pid in problems:
        for t in candidates.get(pid, []):
            outcomes.update(o.outcome for o in t.outcomes)
    strict = [float(s.strict) for s in per_problem.values()]
    return GroupScore(
        variant=group[0],
        template=group[1],
        cell=group[2],
        problems=len(problems),
        candidates=sum(s.candidates for s in per_problem.values()),
        refused=len(refused),
        k=kk,
        pass_at_1=mean([s.pass_at_1 for s in per_problem.values()]),
        pass_at_k=mean([s.pass_at_k for s in per_problem.values()]),
        strict_accuracy=mean(strict),
        strict_ci=bootstrap_ci(strict, seed=seed),
        private_pass_rate=mean([s.private for s in per_problem.values()]),
        outcomes=dict(outcomes.most_common()),
        per_problem=per_problem,
    )


def summarize(
    trials: Iterable[Trial],
    problems: Sequence[str],
    applicable: Mapping[str, Sequence[str]] | None = None,
    *,
    seed: int,
) -> list[GroupScore]:
    """A run's summary: one row per (variant, template, cell) its trials ran in, sorted.
    `problems` are all the run's problem ids, `applicable` narrows them per variant (a
    variant that does not apply to a problem has no row for it); `seed` is the run's."""
    groups = group_trials(trials)
    return [
        score_group(g, groups[g], (applicable or {}).get(g[0], problems), seed=seed)
        for g in sorted(groups)
    ]
