"""Runs of variants: a variant that does not apply to a problem leaves that problem out (and
out of its summary row), a driver variant (callbased) is scored on the original stdin tests
through its driver, a renamed variant through its own entry point; a missing variants file
is one clear error."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from answer_model import AnswerModel

from workbench import runner
from workbench.configs import SearchSpec
from workbench.corpus import find_problem
from workbench.execution import Executor
from workbench.plan import ModelSpec, RunSpec, resolve
from workbench.problems import Variant
from workbench.runs import Run
from workbench.summary import summarize
from workbench.variants import VariantNotFound, applicable

STDIO = "fresh/001"
CALL = "humaneval/2"  # truncate_number(number) -> number % 1.0


def solve_wrapping(reference: str) -> str:
    """A `solve(text) -> str` that runs a stdin program on `text`: a stand-in reference
    function whose driver passes the whole input."""
    return (
        "def solve(text: str) -> str:\n"
        "    import contextlib, io, sys\n"
        "    out, old = io.StringIO(), sys.stdin\n"
        "    sys.stdin = io.TextIOWrapper(io.BytesIO(text.encode()))\n"
        "    try:\n"
        "        with contextlib.redirect_stdout(out):\n"
        f"            exec({reference!r}, {{'__name__': '__main__'}})\n"
        "    finally:\n"
        "        sys.stdin = old\n"
        "    return out.getvalue()\n"
    )


DRIVER = "import sys\nprint(solve(sys.stdin.read()), end='')\n"


@pytest.fixture()
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "variants"
    monkeypatch.setenv("WORKBENCH_VARIANTS", str(folder))
    (folder / "fresh").mkdir(parents=True)
    (folder / "humaneval").mkdir(parents=True)
    callbased = Variant(
        STDIO,
        "callbased",
        "Implement solve(text) returning the output.",
        starter_code="def solve(text: str) -> str:\n    ...\n",
        entry_point="solve",
        driver=DRIVER,
    )
    (folder / "fresh" / "callbased.jsonl").write_text(json.dumps(callbased.to_dict()) + "\n")
    code = 'def f(a: float) -> float:\n    """Return the decimal part of a."""\n'
    renamed = Variant(CALL, "renamed", code, starter_code=code, entry_point="f")
    (folder / "humaneval" / "renamed.jsonl").write_text(json.dumps(renamed.to_dict()) + "\n")
    return folder


def request(variants: tuple[str, ...], problems: str) -> RunSpec:
    return RunSpec(
        model=ModelSpec("scripted"),
        problems=problems,
        corpus=problems.split("/")[0],
        variants=variants,
        search=SearchSpec("sample", {"samples": 1, "temperatures": [0.0], "max_new_tokens": 64}),
    )


def plan_config(req: RunSpec, model: AnswerModel) -> dict[str, Any]:
    return resolve(req, model).config.to_json()


def program_for(text: str) -> str:
    if "Implement solve(text)" in text:  # the callbased prompt
        reference = find_problem(STDIO).solutions[0]
        return solve_wrapping(reference) + "```"
    if "def f(a: float)" in text:
        return "def f(a: float) -> float:\n    return a % 1.0\n```"
    if "truncate_number" in text:
        return "def truncate_number(number: float) -> float:\n    return number % 1.0\n```"
    return find_problem(STDIO).solutions[0] + "\n```"


def test_driver_and_renamed_variants_are_scored_on_the_original_tests(
    frozen: Path, tmp_path: Path, executor: Executor
) -> None:
    model = AnswerModel(lambda text, t, s: program_for(text))
    for variants, problems in ((("original", "callbased"), f"{STDIO}"), (("renamed",), CALL)):
        req = request(variants, problems)
        run = Run.create(plan_config(req, model), tmp_path / "runs")
        runner.execute(run, model, executor)
        trials = run.trials()
        assert len(trials) == len(variants)
        for t in trials:
            assert t["passed_all"], (t["variant"], t["outcomes"][:2])
            assert t["private_pass_rate"] == 1.0
        if "callbased" in variants:
            (cb,) = [t for t in trials if t["variant"] == "callbased"]
            assert cb["code"].startswith("def solve(text: str)")  # the candidate, not composed
            assert DRIVER not in cb["code"]
            n_tests = len(find_problem(STDIO).tests)
            assert len(cb["outcomes"]) == n_tests  # every original stdin test


def test_a_wrong_function_fails_through_the_driver(
    frozen: Path, tmp_path: Path, executor: Executor
) -> None:
    model = AnswerModel(lambda text, t, s: "def solve(text):\n    return 'nothing'\n```")
    run = Run.create(plan_config(request(("callbased",), STDIO), model), tmp_path / "runs")
    runner.execute(run, model, executor)
    (t,) = run.trials()
    assert not t["passed_all"] and t["private_pass_rate"] == 0.0
    assert {o["outcome"] for o in t["outcomes"]} == {"wrong_answer"}


def test_a_variant_missing_for_a_problem_leaves_it_out(
    frozen: Path, tmp_path: Path, executor: Executor
) -> None:
    model = AnswerModel(lambda text, t, s: program_for(text))
    req = replace(request(("original", "renamed"), "humaneval/1"), problems="1-2")
    config = plan_config(req, model)
    assert set(config["variants"]["renamed"]) == {CALL}
    assert applicable(config) == {
        "original": ["humaneval/1", CALL],
        "renamed": [CALL],
    }
    run = Run.create(config, tmp_path / "runs")
    runner.execute(run, model, executor)
    assert sorted((t["problem"], t["variant"]) for t in run.trials()) == [
        ("humaneval/1", "original"),
        (CALL, "original"),
        (CALL, "renamed"),
    ]
    scored = summarize(run.typed_trials(), config["problems"], applicable(config), seed=0)
    rows = {r.variant: r for r in scored}
    assert rows["renamed"].problems == 1 and rows["renamed"].strict_accuracy == 1.0
    assert rows["original"].problems == 2


def test_missing_variants_are_one_clear_error(frozen: Path) -> None:
    model = AnswerModel(lambda text, t, s: "")
    with pytest.raises(VariantNotFound, match=r"no frozen variants 'short' of corpus fresh"):
        plan_config(request(("short",), STDIO), model)
    with pytest.raises(VariantNotFound, match="none of the selected problems"):
        plan_config(request(("renamed",), "humaneval/3"), model)
