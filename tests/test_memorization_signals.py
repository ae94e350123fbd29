"""The run-data signals of a memorization study (variant drop and its difference in
differences, release dates), the verdict readings, and the report, on hand-made trials
whose answers are known."""

from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from workbench.corpus import load_set
from workbench.memorization import drop, release, verdict
from workbench.memorization.completion import CompletionResult
from workbench.memorization.likelihood import LikelihoodResult
from workbench.memorization.study import analyze
from workbench.problems import Problem
from workbench.trials import Trial


def trial(problem: str, variant: str, passed: bool, sample: int = 0) -> Trial:
    rate = 1.0 if passed else 0.0
    return Trial(
        problem=problem,
        variant=variant,
        template="chat",
        cell="T=0.2",
        sample=sample,
        passed_all=passed,
        public_pass_rate=rate,
        private_pass_rate=rate,
        logprob=-1.0,
    )


def trials_for(problem: str, variant: str, wins: int, of: int = 2) -> list[Trial]:
    return [trial(problem, variant, i < wins, i) for i in range(of)]


def test_pass_at_1_pools_a_problems_candidates_and_refusals_count_zero() -> None:
    ts = trials_for("h/1", "original", 1, 4) + [
        replace(trial("h/2", "short", False), refused="too long")
    ]
    scores = drop.pass_at_1(ts)
    assert scores == {"original": {"h/1": 0.25}, "short": {"h/2": 0.0}}


def test_problem_drops_pair_only_problems_with_both_statements() -> None:
    scores = {"original": {"h/1": 1.0, "h/2": 0.5}, "short": {"h/1": 0.0, "h/3": 1.0}}
    corpus_of = {"h/1": "he", "h/2": "he", "h/3": "he"}
    drops = drop.problem_drops(scores, corpus_of)
    assert [(d.problem, d.variant, d.drop) for d in drops] == [("h/1", "short", 1.0)]


def _drops() -> list[drop.ProblemDrop]:
    d = drop.ProblemDrop
    return [
        # the seen corpus loses 1.0 on every problem it had solved, 3 problems, 2 variants
        d("he", "h/1", "short", 1.0, 0.0),
        d("he", "h/1", "renamed", 1.0, 1.0),
        d("he", "h/2", "short", 1.0, 0.0),
        d("he", "h/3", "short", 0.5, 0.5),
        # the unseen corpus loses nothing
        d("fr", "f/1", "short", 0.5, 0.5),
        d("fr", "f/2", "short", 0.0, 0.0),
    ]


def test_drop_estimates_per_variant_and_pooled_per_problem() -> None:
    est = {(e.corpus, e.variant): e for e in drop.drops_by_corpus(_drops(), ["he", "fr"], seed=0)}
    short = est[("he", "short")]
    assert (short.n, short.original, short.rewritten) == (3, 2.5 / 3, 0.5 / 3)
    assert short.drop == pytest.approx(2 / 3)
    assert short.relative == pytest.approx(1 - 0.5 / 2.5)
    assert short.lo <= short.drop <= short.hi
    pooled = est[("he", drop.ALL)]
    # h/1 averages its two variants: (1 - 0 + 1 - 1) / 2 = 0.5; h/2: 1; h/3: 0
    assert pooled.n == 3 and pooled.drop == pytest.approx(0.5)
    assert ("he", "renamed") in est and ("fr", "renamed") not in est
    assert est[("fr", drop.ALL)].drop == 0.0


def test_difference_in_differences_and_its_interval() -> None:
    did = drop.diff_in_diff(_drops(), "he", "fr", "short", seed=3)
    assert (did.n_seen, did.n_unseen) == (3, 2)
    assert did.value == pytest.approx(2 / 3) and did.drop_unseen == 0.0
    assert did.lo <= did.value <= did.hi
    # every resample of the unseen corpus has drop 0; the seen one ranges over 0..1
    assert did.lo >= 0.0 and did.hi <= 1.0
    assert math.isnan(drop.diff_in_diff(_drops(), "he", "nowhere", seed=0).value)


def test_release_signal_buckets_before_and_after_the_cutoff() -> None:
    scores = {"a": 1.0, "b": 0.5, "c": 0.0, "d": 0.0, "e": 1.0}
    dates = {"a": "2021-07-07", "b": "2021-07", "c": "2026-11-22", "d": "2025-01-01", "e": None}
    sig = release.release_signal(scores, dates, dt.date(2024, 9, 18), seed=0)
    assert (sig.before.n, sig.after.n, sig.undated) == (2, 2, 1)
    assert sig.before.pass_rate == 0.75 and sig.after.pass_rate == 0.0
    assert sig.difference == 0.75 and sig.lo <= 0.75 <= sig.hi
    assert [b.label for b in sig.by_year] == ["2021", "2025", "2026"]
    assert sig.before.start == "2021-07-01" and sig.before.end == "2021-07-07"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("2021-07-07", dt.date(2021, 7, 7)),
        ("2021-07", dt.date(2021, 7, 1)),
        ("2021", dt.date(2021, 1, 1)),
        ("2021-07-07T12:00:00Z", dt.date(2021, 7, 7)),
    ],
)
def test_parse_date(text: str, want: dt.date) -> None:
    assert release.parse_date(text) == want
    assert release.parse_date("soon") is None and release.parse_date(None) is None


@pytest.mark.parametrize(
    ("value", "lo", "hi", "null", "direction", "want"),
    [
        (0.3, 0.1, 0.5, 0.0, 1, verdict.POINTS_TO),
        (0.3, 0.1, 0.5, 0.0, -1, verdict.POINTS_AGAINST),
        (-0.3, -0.5, -0.1, 0.0, -1, verdict.POINTS_TO),
        (0.1, -0.1, 0.3, 0.0, 1, "undecided: the interval crosses 0"),
        (0.8, 0.6, 0.9, 0.5, 1, verdict.POINTS_TO),
        (0.6, 0.4, 0.9, 0.5, 1, "undecided: the interval crosses 0.5"),
        (float("nan"), float("nan"), float("nan"), 0.0, 1, verdict.NO_DATA),
    ],
)
def test_reading(value, lo, hi, null, direction, want) -> None:
    assert verdict.reading(value, lo, hi, null, direction) == want


def Done(problem: str, fraction: float, exact: bool, similarity: float) -> CompletionResult:
    return CompletionResult(
        problem, fraction, 10, 10, "x", 3, exact, similarity, 1.0 if exact else 0.0, exact
    )


def Scored(problem: str, kind: str, min_k: float) -> LikelihoodResult:
    return LikelihoodResult(problem, kind, 10, min_k / 4, math.exp(-min_k / 4), min_k)


def _problems(ids: list[str], date: str) -> list[Problem]:
    from workbench.corpus import find_problem

    return [p for p in (find_problem(i) for i in ids) if p.meta.get("release_date") == date]


def test_analyze_puts_all_signals_into_one_verdict(tmp_path: Path) -> None:
    seen = [f"humaneval/{i}" for i in range(6)]
    unseen = list(load_set("fresh-quick").ids[:6])
    problems = {
        "humaneval": _problems(seen, "2021-07-07"),
        "fresh": _problems(unseen, "2026-11-22"),
    }
    assert len(problems["humaneval"]) == 6 and len(problems["fresh"]) == 6
    trials: list[Trial] = []
    for pid in seen:  # solved as written, lost when reworded
        trials += trials_for(pid, "original", 2) + trials_for(pid, "renamed", 0)
    for pid in unseen:  # never solved either way
        trials += trials_for(pid, "original", 0) + trials_for(pid, "short", 0)
    completion = [Done(p, f, True, 1.0) for p in seen for f in (0.0, 0.5)]
    completion += [Done(p, f, False, 0.3) for p in unseen for f in (0.0, 0.5)]
    likelihood = [Scored(p, "reference", -1.0 - i * 0.01) for i, p in enumerate(seen)]
    likelihood += [Scored(p, "reference", -5.0 - i * 0.01) for i, p in enumerate(unseen)]
    m = analyze(
        trials,
        problems,
        "humaneval",
        "fresh",
        completion,
        likelihood,
        dt.date(2024, 9, 18),
        seed=0,
    )
    rows = {r.measure: r for r in m.verdict}
    pooled = rows["pass@1 drop, all variants"]
    assert (pooled.seen, pooled.unseen, pooled.difference) == (1.0, 0.0, 1.0)
    assert pooled.reading == verdict.POINTS_TO  # every resample: 1 - 0
    assert rows["exact match"].difference == 1.0
    auc = rows["Min-K% AUROC, references"]
    assert auc.difference == 1.0 and auc.null == 0.5 and auc.reading == verdict.POINTS_TO
    assert rows["log perplexity, references"].reading == verdict.POINTS_TO
    rel = next(r for r in m.verdict if r.signal == "release date")
    assert (rel.seen, rel.unseen, rel.reading) == (1.0, 0.0, verdict.POINTS_TO)
    json.dumps(m.to_dict())  # JSON-ready

    from workbench.memorization.plots import all_figures
    from workbench.memorization.report import write_report

    figures = all_figures(m, tmp_path)
    assert set(figures) == {"variant drop", "canonical completion", "likelihood", "release date"}
    assert all(p.stat().st_size > 5000 for p in figures.values())
    md, page = write_report(m, figures, tmp_path, {"model": "scripted"}, ["fresh renamed: none"])
    text = md.read_text()
    assert text.index("## Verdict") < text.index("## Signal 1: variant drop")
    assert "may also reflect" in text
    assert "| variant drop | pass@1 drop, all variants (pp) | 100.0 | 0.0 | +100.0 |" in text
    assert "EvoEval reports an average relative drop of 39.4%" in text
    html = page.read_text()
    assert html.count('src="data:image/png;base64,') == 4 and "http" not in html.split("<body>")[1]


def test_a_study_without_any_data_says_so(tmp_path: Path) -> None:
    m = analyze([], {"humaneval": [], "fresh": []}, "humaneval", "fresh", seed=0)
    assert [r.reading for r in m.verdict] == [verdict.NO_DATA]
    from workbench.memorization.plots import all_figures
    from workbench.memorization.report import write_report

    md, _ = write_report(m, all_figures(m, tmp_path), tmp_path, {}, [])
    assert "No problem has both an original run and a variant run." in md.read_text()
    assert (
        "these data cannot decide 0 (their intervals cross the null value), and 1 has no data"
        in md.read_text()
    )


def test_next_line_is_measured_against_the_cut_again() -> None:
    from workbench.corpus import find_problem
    from workbench.memorization.completion import cuts, next_line_match
    from workbench.memorization.study import next_lines

    problem = find_problem("humaneval/0")
    half = next(c for c in cuts(problem) if c.fraction == 0.5)
    first, *_ = [line for line in half.rest.splitlines() if line.strip()]
    right = CompletionResult("humaneval/0", 0.5, 1, 1, first + "\n    pass\n", 3, False, 0.5,
                             0.1, None)  # fmt: skip
    wrong = CompletionResult("humaneval/0", 0.0, 1, 1, first.strip() + "\n", 3, False, 0.5,
                             0.1, None)  # fmt: skip
    assert next_lines([right, wrong], {"humaneval": [problem]}) == {
        ("humaneval/0", 0.5): True,
        ("humaneval/0", 0.0): False,  # another line, or the right one at another indentation
    }
    assert next_line_match("\n\n  x = 1  \ny\n", "  x = 1\n") and not next_line_match("", "")
    assert not next_line_match("x = 1\n", "  x = 1\n")


def test_the_drop_pairs_corpora_by_rewriter_whatever_the_producer() -> None:
    """Each corpus's runs name their producer (short@authored on one side, a model's on the
    other); the drop is per rewriter, so both sides meet under `short`."""
    seen, unseen = ["humaneval/0", "humaneval/1"], ["fresh/041", "fresh/042"]
    problems = {
        "humaneval": _problems(seen, "2021-07-07"),
        "fresh": _problems(unseen, "2026-12-03"),
    }
    trials: list[Trial] = []
    for pid in seen:
        trials += trials_for(pid, "original", 2) + trials_for(pid, "short@authored", 1)
    for pid in unseen:
        trials += trials_for(pid, "original", 1) + trials_for(pid, "short@embedded:1.5b", 1)
    m = analyze(trials, problems, "humaneval", "fresh", seed=0)
    assert set(m.scores) == {"original", "short"}
    did = next(d for d in m.did if d.variant == "short")
    assert (did.n_seen, did.n_unseen) == (2, 2)
