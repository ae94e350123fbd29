"""Typed trials and the one scoring of a run: `workbench show` (`summarize`) and
`workbench compare` (`analyze`) print the same numbers for the same run's trials, intervals
included (both draw them with the run's seed); every trials.jsonl line ever written loads
as a `Trial`, and a line the runner writes comes back from `to_json` unchanged."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from workbench import summary
from workbench.compare import analyze
from workbench.runs import Run
from workbench.stats import bootstrap_ci
from workbench.summary import summarize
from workbench.trials import TestOutcome, Trial

SEED = 7
PROBLEMS = [f"t/{i}" for i in range(12)]
APPLICABLE = {"original": PROBLEMS, "short": PROBLEMS[:9]}


def candidate_line(
    problem: str, variant: str, cell: str, sample: int, public: str, private: str, **more: Any
) -> dict[str, Any]:
    """A candidate's line exactly as `runner._trial` writes it; `public`/`private` spell
    its test outcomes ("P" passed, "W" wrong answer, "T" timeout)."""
    names = {"P": "passed", "W": "wrong_answer", "T": "timeout"}
    letters = public + private
    return {
        "problem": problem,
        "variant": variant,
        "template": "chat",
        "search": "sample",
        "cell": cell,
        "temperature": None if cell == "greedy" else 0.8,
        "sample": sample,
        "code": "print(input())",
        "text": "```python\nprint(input())\n```",
        "tokens": 11,
        "finish_reason": "stop",
        "logprob": -1.5 - sample,
        "seconds": 0.25,
        "generation_seconds": 0.2,
        "public_pass_rate": public.count("P") / len(public) if public else None,
        "private_pass_rate": private.count("P") / len(private) if private else None,
        "passed_all": set(letters) == {"P"},
        "outcomes": [
            {"test": i, "public": i < len(public), "outcome": names[ch], "detail": ""}
            for i, ch in enumerate(letters)
        ],
        **more,
    }


def refused_line(problem: str, variant: str, cell: str) -> dict[str, Any]:
    """A refused prompt's line exactly as `runner.execute` writes it."""
    return {
        "problem": problem,
        "variant": variant,
        "template": "chat",
        "search": "sample",
        "cell": cell,
        "refused": "prompt of 900 tokens + 512 for the answer exceeds the context of 1024",
        "sample": None,
    }


def lines() -> list[dict[str, Any]]:
    """Two statements, two cells, mixed results: intervals that are not a single point."""
    out = []
    for i, pid in enumerate(PROBLEMS):
        for variant in APPLICABLE:
            if pid not in APPLICABLE[variant]:
                continue
            if i == 11:
                out += [refused_line(pid, variant, "greedy"), refused_line(pid, variant, "T=0.8")]
                continue
            solved = (i + (variant == "short")) % 3 != 0
            out.append(candidate_line(pid, variant, "greedy", 0, "P", "PP" if solved else "PW"))
            for s in range(3):
                good = solved and (s + i) % 2 == 0
                out.append(candidate_line(pid, variant, "T=0.8", s, "PT"[s % 2 and not good],
                                          "PP" if good else "WT"))  # fmt: skip
    return out


@pytest.fixture()
def run(tmp_path: Path) -> Run:
    """A run folder as the store keeps it: config.json and trials.jsonl."""
    config = {"problems": PROBLEMS, "seed": SEED, "variants": {"original": None}}
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    text = "".join(json.dumps(d, sort_keys=True) + "\n" for d in lines())
    (tmp_path / "trials.jsonl").write_text(text, encoding="utf-8")
    return Run(tmp_path)


def test_show_and_compare_print_the_same_numbers_for_one_run(run: Run) -> None:
    trials = run.typed_trials()
    seed = run.config["seed"]
    shown = {(r.variant, r.template, r.cell): r for r in summarize(trials, PROBLEMS, APPLICABLE,
                                                                   seed=seed)}  # fmt: skip
    compared = analyze(trials, APPLICABLE, seed=seed)
    assert len(compared.rows) == len(shown) == 4
    for row in compared.rows:
        same = shown[(row.variant, row.template, row.cell)]
        assert row.strict_accuracy == same.strict_accuracy
        assert row.strict_ci == same.strict_ci
        assert (row.pass_at_1, row.pass_at_k, row.private_pass_rate, row.k) == (
            same.pass_at_1,
            same.pass_at_k,
            same.private_pass_rate,
            same.k,
        )
        assert (row.problems, row.candidates, row.refused) == (
            same.problems,
            same.candidates,
            same.refused,
        )
        # The interval is the run seed's, over the problems' strict solves.
        strict = [float(p.strict) for p in row.per_problem.values()]
        assert row.strict_ci == bootstrap_ci(strict, seed=SEED)
        assert row.strict_ci[0] < row.strict_accuracy < row.strict_ci[1]
    short = shown[("short", "chat", "T=0.8")]
    assert (short.problems, short.refused) == (9, 0)


def test_the_seed_is_required_and_is_what_draws_the_interval(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    trials = run.typed_trials()
    with pytest.raises(TypeError):
        summarize(trials, PROBLEMS)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        analyze(trials, APPLICABLE)  # type: ignore[call-arg]
    # Intervals over a dozen 0/1 values hardly move with the seed; watch it being passed.
    seeds: list[int] = []

    def recording(values: list[float], seed: int) -> tuple[float, float]:
        seeds.append(seed)
        return bootstrap_ci(values, seed=seed)

    monkeypatch.setattr(summary, "bootstrap_ci", recording)
    summarize(trials, PROBLEMS, APPLICABLE, seed=SEED)
    analyze(trials, APPLICABLE, seed=SEED + 1)
    assert seeds == [SEED] * 4 + [SEED + 1] * 4


def test_lines_the_runner_writes_round_trip(run: Run) -> None:
    raw = [json.loads(x) for x in (run.path / "trials.jsonl").read_text().splitlines()]
    typed = run.typed_trials()
    assert [t.to_json() for t in typed] == raw
    assert [Trial.from_json(t.to_json()) for t in typed] == typed
    tree = candidate_line("t/0", "original", "rollouts=8", 3, "P", "P", extra={"rollout": 5})
    assert Trial.from_json(tree).to_json() == tree
    assert Trial.from_json(tree).extra == {"rollout": 5}
    refused = Trial.from_json(refused_line("t/1", "short", "greedy"))
    assert refused.refused and refused.sample is None and refused.outcomes == ()
    # Written back byte for byte as the runner's `json.dumps(..., sort_keys=True)`.
    dumped = json.dumps(refused.to_json(), sort_keys=True)
    assert dumped == json.dumps(refused_line("t/1", "short", "greedy"), sort_keys=True)


def test_older_and_hand_made_lines_load_with_defaults() -> None:
    old = {
        "problem": "humaneval/3",
        "variant": "original",
        "template": "chat",
        "cell": "T=0.8",
        "sample": 2,
        "code": "def f(): pass",
        "tokens": 7,
        "public_pass_rate": 1.0,
        "private_pass_rate": None,
        "passed_all": True,
        "outcomes": [{"outcome": "passed"}, {"outcome": "timeout", "public": True}],
    }  # no search, text, finish_reason, logprob, seconds, generation_seconds, extra
    t = Trial.from_json(old)
    assert (t.search, t.text, t.finish_reason, t.logprob) == ("", "", "", None)
    assert (t.seconds, t.generation_seconds, t.temperature, t.extra) == (0.0, 0.0, None, {})
    assert t.refused is None and t.passed_all and t.sample == 2
    assert t.outcomes == (
        TestOutcome(test=0, public=False, outcome="passed"),
        TestOutcome(test=1, public=True, outcome="timeout"),
    )
    assert t.outcomes[0].passed and not t.outcomes[1].passed
    # What every line has, and only that: a refused prompt of a hand-made study.
    bare = Trial.from_json(
        {"problem": "p", "variant": "v", "template": "chat", "cell": "beam=2", "refused": True}
    )
    assert bare.refused and bare.outcomes == () and bare.code == ""
    with pytest.raises(KeyError):
        Trial.from_json({"problem": "p", "variant": "v", "template": "chat"})  # no cell
