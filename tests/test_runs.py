"""The run store: folders that are never reused, append-only trials that survive a kill
(a torn last line), tidy frames, and finding runs by name, prefix or path."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from workbench.runs import (
    CONFIG,
    SCHEMA,
    TRIALS,
    Run,
    RunError,
    config_hash,
    list_runs,
    open_run,
    runs_dir,
)

NAME = re.compile(r"^(\d{8}-\d{6})-([0-9a-f]{8})(-\d+)?$")
CONFIG_A = {"model": {"id": "m"}, "problems": ["t/a", "t/b"], "seed": 1}


def trial(problem: str, sample: int, outcomes: int = 2, **extra: Any) -> dict[str, Any]:
    return {
        "problem": problem,
        "variant": "original",
        "template": "chat",
        "search": "sample",
        "cell": "T=0.8",
        "temperature": 0.8,
        "sample": sample,
        "code": f"print({sample})  # é\n",
        "tokens": 5,
        "seconds": 0.1,
        "public_pass_rate": 0.5,
        "private_pass_rate": None,
        "outcomes": [
            {"test": i, "public": i == 0, "outcome": "wrong_answer" if i == 0 else "passed"}
            | {"detail": ""}
            for i in range(outcomes)
        ],
        **extra,
    }


# -- creating --------------------------------------------------------------------------------
def test_create_makes_a_named_folder_with_config_and_empty_trials(tmp_path: Path) -> None:
    before = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    run = Run.create(dict(CONFIG_A), tmp_path)
    after = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    m = NAME.match(run.name)
    assert m is not None, run.name
    assert before <= m.group(1) <= after and m.group(3) is None
    assert run.path.parent == tmp_path
    assert sorted(p.name for p in run.path.iterdir()) == [CONFIG, TRIALS]
    assert (run.path / TRIALS).read_bytes() == b""
    config = json.loads((run.path / CONFIG).read_text())
    assert config["schema"] == SCHEMA
    assert re.match(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", config["created"])
    assert {k: config[k] for k in CONFIG_A} == CONFIG_A
    assert run.config == config
    # The name's hash is the config's, creation time left out.
    assert m.group(2) == config_hash(config)[:8]
    assert config_hash(config) == config_hash(config | {"created": "another time"})
    assert config_hash(config) != config_hash(config | {"seed": 2})
    assert run.trials() == []


def test_create_never_reuses_a_folder(tmp_path: Path) -> None:
    runs = [Run.create(dict(CONFIG_A), tmp_path) for _ in range(4)]
    assert len({r.path for r in runs}) == 4
    for r in runs:
        assert NAME.match(r.name), r.name
        assert (r.path / CONFIG).is_file() and (r.path / TRIALS).is_file()
    # An existing folder (even one without a config) is left alone, never written into.
    stuck = tmp_path / "other"
    stuck.mkdir()
    (stuck / "keep.txt").write_text("mine")
    first = runs[0]
    first.append(trial("t/a", 0))
    more = Run.create(dict(CONFIG_A), tmp_path)
    assert more.path not in {r.path for r in runs}
    assert len(first.trials()) == 1 and more.trials() == []
    assert (stuck / "keep.txt").read_text() == "mine"


def test_create_in_a_new_nested_folder(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path / "a" / "b")
    assert run.path.parent == tmp_path / "a" / "b" and run.config["x"] == 1


# -- appending and reading -------------------------------------------------------------------
def test_append_and_read_back(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    records = [trial("t/a", s) for s in range(3)] + [trial("t/b", 0, outcomes=0)]
    for r in records:
        run.append(r)
    assert run.trials() == records
    assert list(run.iter_trials()) == records
    lines = (run.path / TRIALS).read_text(encoding="utf-8").splitlines()
    assert [json.loads(ln) for ln in lines] == records
    assert "é" in lines[0]  # stored as UTF-8, not escaped


def test_a_torn_last_line_is_ignored_then_cut_by_repair(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    for s in range(2):
        run.append(trial("t/a", s))
    whole = (run.path / TRIALS).read_bytes()
    assert run.repair() == 0  # nothing to cut
    torn = json.dumps(trial("t/a", 2), ensure_ascii=False).encode()[:40]
    with (run.path / TRIALS).open("ab") as f:
        f.write(torn)
    assert [t["sample"] for t in run.iter_trials()] == [0, 1]
    assert len(run.frame()) == 2
    assert run.repair() == len(torn)
    assert (run.path / TRIALS).read_bytes() == whole  # complete lines untouched
    assert run.repair() == 0
    run.append(trial("t/a", 2))
    assert [t["sample"] for t in run.iter_trials()] == [0, 1, 2]


def test_a_torn_line_inside_a_utf8_character_is_ignored(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    run.append(trial("t/a", 0))
    line = json.dumps(trial("t/a", 1), ensure_ascii=False).encode()
    cut = line.index("é".encode()) + 1  # between the two bytes of é
    with (run.path / TRIALS).open("ab") as f:
        f.write(line[:cut])
    assert [t["sample"] for t in run.iter_trials()] == [0]
    assert run.repair() == cut
    assert [t["sample"] for t in run.iter_trials()] == [0]


def test_a_torn_only_line_and_an_empty_file(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    assert run.repair() == 0 and run.trials() == []
    (run.path / TRIALS).write_bytes(b'{"problem": "t/a", "sam')
    assert run.trials() == []
    assert run.repair() == 23
    assert (run.path / TRIALS).read_bytes() == b""


def test_a_corrupt_line_in_the_middle_names_file_and_line(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    run.append(trial("t/a", 0))
    with (run.path / TRIALS).open("a") as f:
        f.write("{not json\n")
    run.append(trial("t/a", 1))
    with pytest.raises(RunError, match=re.escape(f"{run.path / TRIALS}:2:")):
        run.trials()
    # A complete (newline-ended) last line that is not JSON is corruption too, not a tear,
    # and repair does not cut complete lines.
    other = Run.create({"y": 1}, tmp_path)
    other.append(trial("t/a", 0))
    with (other.path / TRIALS).open("a") as f:
        f.write("garbage\n")
    with pytest.raises(RunError, match=r":2: not a JSON line"):
        other.trials()
    assert other.repair() == 0


def test_unreadable_config_and_missing_trials_are_run_errors(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    (run.path / TRIALS).unlink()
    with pytest.raises(RunError, match="cannot be read"):
        run.trials()
    (run.path / CONFIG).write_text("{oops")
    with pytest.raises(RunError, match="cannot be read"):
        _ = run.config


# -- frames ------------------------------------------------------------------------------------
def test_frames_one_row_per_trial_or_per_test(tmp_path: Path) -> None:
    run = Run.create({"x": 1}, tmp_path)
    run.append(trial("t/a", 0, outcomes=3))
    run.append(trial("t/a", 1, outcomes=2))
    refused = {k: v for k, v in trial("t/b", 0).items() if k not in ("code", "outcomes")}
    run.append(refused | {"refused": "too long", "sample": None})
    trials = run.frame()
    assert len(trials) == 3
    assert list(trials["trial"]) == [0, 1, 2]
    assert list(trials["problem"]) == ["t/a", "t/a", "t/b"]
    assert "outcomes" not in trials.columns
    assert {"code", "public_pass_rate", "cell", "sample", "refused"} <= set(trials.columns)
    tests = run.frame(tests=True)
    assert len(tests) == 5  # 3 + 2 tests; the refused prompt has none
    assert list(tests["trial"]) == [0, 0, 0, 1, 1]
    assert list(tests["test_test"]) == [0, 1, 2, 0, 1]
    assert list(tests["test_public"]) == [True, False, False, True, False]
    assert list(tests["outcome"]) == ["wrong_answer", "passed", "passed", "wrong_answer", "passed"]
    assert "test_detail" in tests.columns and "outcomes" not in tests.columns
    assert (tests.groupby("trial")["problem"].first() == ["t/a", "t/a"]).all()
    empty = Run.create({"y": 1}, tmp_path)
    assert len(empty.frame()) == 0 and len(empty.frame(tests=True)) == 0


# -- finding runs ------------------------------------------------------------------------------
def make_named(base: Path, name: str, config: dict[str, Any] | None = None) -> Path:
    path = base / name
    path.mkdir(parents=True)
    (path / CONFIG).write_text(json.dumps(config or {"name": name}))
    (path / TRIALS).touch()
    return path


def test_open_run_by_name_prefix_and_path(tmp_path: Path) -> None:
    a = make_named(tmp_path, "20250101-000000-aaaaaaaa")
    b = make_named(tmp_path, "20250102-000000-bbbbbbbb")
    make_named(tmp_path, "20250102-000000-bbbbbbbb-1")
    assert open_run(a.name, tmp_path).path == a
    assert open_run("20250101", tmp_path).path == a  # unique prefix
    # An exact name wins over other runs it is a prefix of.
    assert open_run(b.name, tmp_path).path == b
    assert open_run(str(a), "/elsewhere").path == a  # a path needs no runs folder
    with pytest.raises(RunError, match="ambiguous") as err:
        open_run("2025", tmp_path)
    assert a.name in str(err.value) and b.name in str(err.value)
    with pytest.raises(RunError, match="ambiguous"):
        open_run("20250102", tmp_path)
    with pytest.raises(RunError, match=r"no run 'nosuch'.*workbench runs"):
        open_run("nosuch", tmp_path)
    with pytest.raises(RunError, match="no run"):
        open_run("x", tmp_path / "missing")
    # A folder without config.json is not a run.
    (tmp_path / "20250103-000000-cccccccc").mkdir()
    with pytest.raises(RunError, match="no run"):
        open_run("20250103", tmp_path)


def test_list_runs_oldest_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert list_runs(tmp_path / "missing") == []
    clock = iter(range(1_700_000_000, 1_700_000_000 + 100, 7))
    real_gmtime = time.gmtime
    monkeypatch.setattr(time, "gmtime", lambda *a: real_gmtime(next(clock)))
    made = [Run.create({"i": i}, tmp_path) for i in (3, 1, 2)]  # hashes in another order
    (tmp_path / "notes").mkdir()  # not a run
    (tmp_path / "file.txt").write_text("x")
    listed = list_runs(tmp_path)
    assert [r.path for r in listed] == [r.path for r in made]
    assert [r.config["i"] for r in listed] == [3, 1, 2]


def test_runs_dir_flag_env_and_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORKBENCH_RUNS", raising=False)
    assert runs_dir() == Path("runs")
    assert runs_dir(tmp_path / "flag") == tmp_path / "flag"
    monkeypatch.setenv("WORKBENCH_RUNS", str(tmp_path / "env"))
    assert runs_dir() == tmp_path / "env"
    assert runs_dir(str(tmp_path / "flag")) == tmp_path / "flag"  # the flag wins
    run = Run.create({"x": 1})
    assert run.path.parent == tmp_path / "env"
    assert [r.path for r in list_runs()] == [run.path]
    assert open_run(run.name).path == run.path
    monkeypatch.setenv("WORKBENCH_RUNS", "")
    monkeypatch.chdir(tmp_path)
    assert runs_dir() == Path("runs")
    here = Run.create({"x": 2})
    assert here.path.resolve().parent == (tmp_path / "runs").resolve()
