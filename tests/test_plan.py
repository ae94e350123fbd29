"""One typed run plan: a request is resolved once (`RunSpec` -> `resolve` -> `RunPlan`), a
search is one class plus one registry line and gets its own flags, the pipelines are
library calls, and only a `WorkbenchError` is one line and exit 2.

Everything here runs in this process (typer's runner) with a stub model, so that a search
registered by a test is seen by the CLI.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

import pytest
from answer_model import AnswerModel
from typer.testing import CliRunner

import workbench.models
import workbench.plan
from workbench.cli import app
from workbench.configs import RunConfig, SearchSpec
from workbench.errors import WorkbenchError
from workbench.models.base import Generation, Model
from workbench.pipelines import ComparisonSpec, compare, plan_comparison
from workbench.plan import ModelSpec, RunSpec, matched, model_matches, resolve
from workbench.runs import RunError
from workbench.search import (
    SEARCHES,
    Ledger,
    MemoryLedger,
    SearchParamError,
    Task,
    make_search,
    param,
    parse_assignments,
    recorded_params,
)
from workbench.search.base import Clock, to_candidate

PROGRAM = "def truncate_number(number):\n    return number % 1.0\n"


@dataclass
class EchoSearch:
    """A toy search: every task gets `copies` candidates of one fixed answer."""

    answer: str = param(PROGRAM, "The program every candidate is.")
    copies: int = param(1, "Candidates per task.")
    name: ClassVar[str] = "echo"
    seeded: ClassVar[bool] = False

    uses_beams = False

    @property
    def stops_early(self) -> bool:
        return False

    def unsupported(self, model: Model, chat: bool) -> str | None:
        return None

    def cells(self) -> list[str]:
        return [f"copies={self.copies}"]

    def per_task(self, cell: str) -> int:
        return self.copies

    def planned(self, tasks: int) -> int:
        return tasks * self.copies

    def run(self, model: Model, tasks: Sequence[Task], ledger: Ledger) -> None:
        clock, cell = Clock(), self.cells()[0]
        for task in tasks:
            gen = Generation(self.answer, 1, "stop")
            todo = [i for i in range(self.copies) if (task.key, cell, i) not in ledger.done]
            if todo:
                ledger.evaluate([to_candidate(task, cell, i, gen, clock) for i in todo])


@pytest.fixture()
def echo() -> Iterator[None]:
    SEARCHES.add("echo", EchoSearch)  # the one registry line
    yield
    SEARCHES.remove("echo")


@pytest.fixture()
def stub(monkeypatch: pytest.MonkeyPatch) -> AnswerModel:
    """Every model spec loads a stub that answers with the reference-like program."""
    model = AnswerModel(lambda text, t, s: PROGRAM + "```")
    monkeypatch.setattr(workbench.models, "load_model", lambda *a, **k: model)
    return model


def cli(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_a_toy_search_runs_through_run_and_compare_with_its_own_flags(
    echo: None, stub: AnswerModel, tmp_path: Path
) -> None:
    runs = str(tmp_path / "runs")
    where = ["--corpus", "humaneval", "--problems", "2-3", "--runs-dir", runs]
    r = cli("run", *where, "--search", "echo", "--copies", "2", "--json")
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout[r.stdout.index("{") :])
    (row,) = summary["summary"]
    assert row["cell"] == "copies=2" and row["candidates"] == 4
    config = json.loads((Path(summary["path"]) / "config.json").read_text())
    # Every parameter is recorded, defaults included.
    assert config["search"] == {"name": "echo", "params": {"answer": PROGRAM, "copies": 2}}
    # The same through --param, and through a comparison of two statements.
    r = cli("compare", "--variants", "short", *where, "--search", "echo", "--param", "copies=1")
    assert r.exit_code == 0, r.output
    assert "paired against original" in r.stdout
    # Its parameters are checked like any search's.
    r = cli("run", *where, "--search", "echo", "--param", "copiez=2")
    assert r.exit_code == 2 and "did you mean copies?" in r.output
    r = cli("run", *where, "--search", "echo", "--copies", "many")
    assert r.exit_code == 2 and "--copies takes int, not 'many'" in r.output
    r = cli("searches", "--json")
    assert [p["name"] for p in json.loads(r.stdout)["echo"]] == ["answer", "copies"]


def test_a_flag_of_another_search_is_refused(stub: AnswerModel, tmp_path: Path) -> None:
    r = cli("run", "--corpus", "humaneval", "--problems", "0", "--beams", "3")
    assert r.exit_code == 2
    assert "search sample has no parameter --beams" in r.output


def test_a_comparison_resolves_each_prompt_once(
    stub: AnswerModel, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"render": 0, "select": 0, "make_search": 0}

    def counting(name: str) -> Any:
        original = getattr(workbench.plan, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            calls[name] += 1
            return original(*args, **kwargs)

        monkeypatch.setattr(workbench.plan, name, wrapped)

    for name in calls:
        counting(name)
    base = RunSpec(corpus="humaneval", problems="0-2", search=SearchSpec("sample", {}))
    result = compare(ComparisonSpec(("short",), base), where=tmp_path)
    assert len(result.runs) == 2 and result.comparison.baseline == "original"
    # 3 problems x 2 statements: 6 prompts, each rendered once; one selection and one
    # search per statement.
    assert calls == {"render": 6, "select": 2, "make_search": 2}
    # Again: both runs are found and reused; nothing is generated.
    before = len(stub.calls)
    again = compare(ComparisonSpec(("short",), base), where=tmp_path)
    assert [r.name for r in again.runs] == [r.name for r in result.runs]
    assert len(stub.calls) == before


def test_a_variant_no_problem_has_is_left_out_by_type(tmp_path: Path) -> None:
    base = RunSpec(corpus="humaneval", problems="50-51")  # no authored short variant there
    with pytest.raises(RunError, match="nothing to compare"):
        plan_comparison(ComparisonSpec(("short",), base))
    plans, skipped = plan_comparison(ComparisonSpec(("short",), base), alone=True)
    assert [name for name, _ in plans] == ["original"] and "short" in skipped


def test_configs_of_older_runs_load_and_match_new_ones() -> None:
    """An MCTS run from before the change recorded only the parameters given; its typed
    config reads it, writes it back unchanged, and matches a plan that states them all."""
    old = {
        "schema": 1,
        "created": "2026-11-30T10:00:00Z",
        "model": {"spec": "embedded", "id": "embedded:0.5b", "weights_hash": "ab",
                  "context_length": 32768, "dtype": "bfloat16", "options": {}},
        "corpus": "humaneval", "set": None, "problems": ["humaneval/0"],
        "problem_hashes": {"humaneval/0": "h"}, "variants": {"original": None},
        "templates": {"chat": "t"},
        "search": {"name": "mcts", "params": {"rollouts": 4, "seed": 7}},
        "seed": 7, "limits": {"timeout_s": 3.0, "memory_mb": 1024}, "verdict_rules": 1,
    }  # fmt: skip
    config = RunConfig.from_json(old)
    assert config.model is not None and config.model.engine_used() == "torch"  # before engines
    back = config.to_json()
    assert {k: back[k] for k in old} == old
    full = make_search("mcts", {"rollouts": 4, "seed": 7})
    newer = RunConfig.from_json(old | {"search": {"name": "mcts", "params": recorded_params(full)}})
    assert matched(config) == matched(newer)


def test_search_parameters_are_typed_from_text() -> None:
    assert parse_assignments("mcts", ["c=2.5", "prune=false", "max-programs=none"]) == {
        "c": 2.5,
        "prune": False,
        "max_programs": None,
    }
    assert parse_assignments("sample", ["temperatures=0.2,0.8"]) == {"temperatures": (0.2, 0.8)}
    with pytest.raises(SearchParamError, match="did you mean rollouts"):
        parse_assignments("mcts", ["rollout=greedy", "rolouts=3"])
    with pytest.raises(SearchParamError, match="NAME=VALUE"):
        parse_assignments("mcts", ["rollouts"])
    with pytest.raises(WorkbenchError, match="unknown search 'samples'; did you mean sample"):
        make_search("samples", {})


def test_a_search_runs_on_a_memory_ledger() -> None:
    """A notebook runs a search without a run store: a MemoryLedger around a reward."""
    model = AnswerModel(lambda text, t, s: "print(1)\n```")
    plan = resolve(RunSpec(corpus="humaneval", problems="0-1", model=ModelSpec("scripted")))
    ledger = MemoryLedger(lambda cands: [float(c.code == "print(1)") for c in cands])
    make_search("sample", {"samples": 2, "temperatures": [0.0, 0.8]}).run(model, plan.tasks, ledger)
    assert len(model.calls) == 2 * (1 + 2)


def test_a_bug_keeps_its_traceback(stub: AnswerModel, monkeypatch: pytest.MonkeyPatch) -> None:
    """Only a WorkbenchError is one line and exit 2: anything else is a bug."""

    def broken(*_: Any, **__: Any) -> Any:
        raise ValueError("a programming error")

    r = cli("run", "--corpus", "nosuch")
    assert r.exit_code == 2 and isinstance(r.exception, SystemExit)
    monkeypatch.setattr("workbench.pipelines.resolve", broken)
    r = cli("run", "--corpus", "humaneval", "--problems", "0")
    assert r.exit_code == 1 and isinstance(r.exception, ValueError)


def test_runs_made_before_the_change_still_show_and_are_reused(
    stub: AnswerModel, tmp_path: Path
) -> None:
    """Configs as the earlier code wrote them (the search's parameters as its CLI filled
    them in, no variant files or few-shot keys) still show, list and are reused."""
    base = RunSpec(corpus="humaneval", problems="0-1", search=SearchSpec("sample", {}))
    first = compare(ComparisonSpec(("short",), base), where=tmp_path)
    for run in first.runs:
        config = json.loads((run.path / "config.json").read_text())
        old_params = {"samples": 1, "temperatures": [0.0], "chunk": 64, "stop_on_pass": False,
                      "max_new_tokens": 384, "seed": 7}  # fmt: skip
        config["search"] = {"name": "sample", "params": old_params}
        for key in ("variant_files", "few_shot"):
            config.pop(key)
        (run.path / "config.json").write_text(json.dumps(config))
        r = cli("show", run.name, "--runs-dir", str(tmp_path), "--json")
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)["summary"][0]["problems"] == 2
    assert cli("runs", "--runs-dir", str(tmp_path)).exit_code == 0
    before = len(stub.calls)
    again = compare(ComparisonSpec(("short",), base), where=tmp_path)
    assert [r.name for r in again.runs] == [r.name for r in first.runs]
    assert len(stub.calls) == before


def test_dtype_does_not_separate_llama_runs() -> None:
    """GGUF weights run as shipped on llama.cpp: a run recorded with dtype bfloat16 (the old
    compare default) is the run a plan with dtype auto asks for; on torch it is not."""
    config = RunConfig.from_json(
        {"problems": [], "search": {"name": "sample"}, "model": {"spec": "embedded",
         "options": {"batch_size": 16, "dtype": "bfloat16", "engine": "llama"}}}
    )  # fmt: skip
    want = {"batch_size": 16, "dtype": "auto", "engine": "llama"}
    assert model_matches(config, ModelSpec("embedded"), want)
    assert not model_matches(config, ModelSpec("embedded"), want | {"engine": "torch"})


@dataclass
class LimitedSearch(EchoSearch):
    """A search whose parameter is named like a run option (`memory`)."""

    memory: int = param(1, "A parameter that shares its name with --memory.")
    name: ClassVar[str] = "limited"


def test_a_search_parameter_never_takes_over_a_run_option(
    stub: AnswerModel, tmp_path: Path
) -> None:
    SEARCHES.add("limited", LimitedSearch)
    try:
        where = ["--corpus", "humaneval", "--problems", "2", "--runs-dir", str(tmp_path)]
        r = cli("run", *where, "--search", "limited", "--memory", "2048", "--search-memory", "3")
        assert r.exit_code == 0, r.output
        (folder,) = [p for p in tmp_path.iterdir() if (p / "config.json").is_file()]
        config = json.loads((folder / "config.json").read_text())
        assert config["limits"]["memory_mb"] == 2048 and config["search"]["params"]["memory"] == 3
        r = cli("run", "--resume", folder.name, "--runs-dir", str(tmp_path), "--seed", "7")
        assert r.exit_code == 2 and "drop --seed" in r.output  # the default value, given
    finally:
        SEARCHES.remove("limited")


def test_a_run_of_an_unknown_search_is_passed_over(stub: AnswerModel, tmp_path: Path) -> None:
    """A run folder of a search this installation does not register (a plugin, a toy one
    since removed) is not a match, and does not stop a comparison."""
    base = RunSpec(corpus="humaneval", problems="0", search=SearchSpec("sample", {}))
    first = compare(ComparisonSpec(("short",), base), where=tmp_path)
    folder = first.runs[1].path
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps(config | {"search": {"name": "gone"}}))
    again = compare(ComparisonSpec(("short",), base), where=tmp_path)
    assert again.runs[0].name == first.runs[0].name  # the original: reused
    assert again.runs[1].name != first.runs[1].name  # short: made anew
