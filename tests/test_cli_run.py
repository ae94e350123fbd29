"""`workbench run`, `runs`, `show` and `model info` as a user runs them: the real command in a
subprocess, on a tiny offline model (tests/tiny_model.py) with tiny budgets. Bad input ends
in one line and exit code 2; a run killed with SIGKILL resumes to the very trials of a run
never interrupted."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from tiny_model import make_tiny_model

REPO = Path(__file__).resolve().parent.parent
WORKBENCH = [sys.executable, "-m", "workbench.cli"]
RUN_NAME = re.compile(r"^\d{8}-\d{6}-[0-9a-f]{8}(-\d+)?$")


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env.pop("COLUMNS", None)
    return env | {"HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}


def wb(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WORKBENCH, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment(),
        timeout=timeout,
    )


@pytest.fixture(scope="session")
def tiny_spec(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A tiny random model whose context holds a HumanEval chat prompt (about 400-550 of its
    tokens; the tiny model's own 256 would refuse every one). Rotary position embeddings
    have no weights, so only the config changes."""
    folder = make_tiny_model(tmp_path_factory.mktemp("cli-tiny"))
    config = json.loads((folder / "config.json").read_text())
    config["max_position_embeddings"] = 2048
    (folder / "config.json").write_text(json.dumps(config))
    return "hf:" + str(folder)


def tiny_args(spec: str, runs: Path) -> list[str]:
    return ["--model", spec, "--dtype", "float32", "--runs-dir", str(runs)]


def run_folders(runs: Path) -> list[Path]:
    return sorted(p for p in runs.iterdir() if p.is_dir()) if runs.exists() else []


def trials_of(folder: Path) -> list[dict[str, Any]]:
    text = (folder / "trials.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def key_set(trials: list[dict[str, Any]]) -> set[tuple[Any, ...]]:
    ids = [(t["problem"], t["cell"], t["sample"]) for t in trials]
    assert len(ids) == len(set(ids)), Counter(ids).most_common(3)  # no duplicate lines
    return {(t["problem"], t["cell"], t["sample"], t["code"]) for t in trials}


def one_error_line(r: subprocess.CompletedProcess[str], message: str) -> None:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert "Traceback" not in r.stderr
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert lines[0].startswith("error:") and message in lines[0], r.stderr


@pytest.fixture(scope="module")
def first_run(
    tiny_spec: str, tmp_path_factory: pytest.TempPathFactory
) -> tuple[subprocess.CompletedProcess[str], Path]:
    runs = tmp_path_factory.mktemp("cli-runs")
    r = wb(
        "run",
        "--corpus",
        "humaneval",
        "--problems",
        "0-1",
        "--samples",
        "2",
        "--temperature",
        "0,0.7",
        "--seed",
        "3",
        "--max-new-tokens",
        "16",
        *tiny_args(tiny_spec, runs),
    )
    return r, runs


# -- a run, listed and shown -------------------------------------------------------------------
def test_run_prints_the_summary_and_makes_one_run(
    first_run: tuple[subprocess.CompletedProcess[str], Path], tiny_spec: str
) -> None:
    r, runs = first_run
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    (folder,) = run_folders(runs)
    assert RUN_NAME.match(folder.name)
    assert f"run {folder.name} in {runs}" in r.stderr
    rows = [ln for ln in r.stdout.splitlines() if re.match(r"^\W+original\W+chat\W", ln)]
    assert len(rows) == 2, r.stdout
    assert re.search(r"\bT=0\b", rows[0]) and "T=0.7" in rows[1]
    assert folder.name in r.stdout and f"trials: {folder / 'trials.jsonl'}" in r.stdout
    config = json.loads((folder / "config.json").read_text())
    assert config["model"]["spec"] == tiny_spec and config["model"]["dtype"] == "float32"
    assert config["problems"] == ["humaneval/0", "humaneval/1"]
    params = config["search"]["params"]
    assert (params["samples"], params["temperatures"], params["seed"]) == (2, [0.0, 0.7], 3)
    assert params["max_new_tokens"] == 16
    assert config["sandbox"]["mode"] in ("bwrap", "fallback")  # what isolated the programs
    assert config["verdict_rules"] == config["sandbox"]["verdict_rules"]
    trials = trials_of(folder)
    assert Counter(t["cell"] for t in trials) == {"T=0": 2, "T=0.7": 4}
    assert not any(t.get("refused") for t in trials)
    assert all(t["tokens"] <= 16 for t in trials)
    assert all(isinstance(t["public_pass_rate"], float) for t in trials)


def test_runs_lists_the_run(first_run: tuple[subprocess.CompletedProcess[str], Path]) -> None:
    _, runs = first_run
    (folder,) = run_folders(runs)
    r = wb("runs", "--runs-dir", str(runs), "--json")
    assert r.returncode == 0, r.stderr
    (row,) = json.loads(r.stdout)
    assert row["run"] == folder.name
    assert (row["search"], row["problems"], row["templates"], row["trials"]) == (
        "sample",
        2,
        "chat",
        6,
    )
    r = wb("runs", "--runs-dir", str(runs))
    assert r.returncode == 0 and folder.name in r.stdout and "1 runs" in r.stdout


def test_show_prints_the_summary_again(
    first_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, runs = first_run
    (folder,) = run_folders(runs)
    r = wb("show", folder.name, "--runs-dir", str(runs))
    assert r.returncode == 0, r.stderr
    assert "T=0.7" in r.stdout and folder.name in r.stdout
    r = wb("show", folder.name[:15], "--runs-dir", str(runs), "--json")  # a prefix
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout)
    assert shown["run"] == folder.name and Path(shown["path"]) == folder
    rows = {row["cell"]: row for row in shown["summary"]}
    assert set(rows) == {"T=0", "T=0.7"}
    for cell, k, candidates in (("T=0", 1, 2), ("T=0.7", 2, 4)):
        row = rows[cell]
        assert (row["problems"], row["candidates"], row["refused"], row["k"]) == (
            2,
            candidates,
            0,
            k,
        )
        for name in ("pass@1", f"pass@{k}", "strict_accuracy", "private_pass_rate"):
            assert 0.0 <= row[name] <= 1.0
        assert len(row["strict_accuracy_ci95"]) == 2
        assert sum(row["outcomes"].values()) > 0
    r = wb("show", str(folder), "--json")  # by path
    assert r.returncode == 0 and json.loads(r.stdout)["run"] == folder.name
    one_error_line(wb("show", "nosuchrun", "--runs-dir", str(runs)), "no run 'nosuchrun'")


def test_resume_refuses_new_settings_and_unknown_runs(
    first_run: tuple[subprocess.CompletedProcess[str], Path],
) -> None:
    _, runs = first_run
    (folder,) = run_folders(runs)
    before = (folder / "trials.jsonl").read_bytes()
    r = wb("run", "--resume", folder.name, "--samples", "3", "--runs-dir", str(runs))
    one_error_line(r, "--resume takes its settings from the run's config.json; drop --samples")
    r = wb("run", "--resume", "nosuchrun", "--runs-dir", str(runs))
    one_error_line(r, "no run 'nosuchrun'")
    assert (folder / "trials.jsonl").read_bytes() == before
    assert run_folders(runs) == [folder]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--corpus", "nosuch"], "unknown corpus 'nosuch'"),
        (["--corpus", "humaneval", "--problems", "999"], "position 999 is outside 0-163"),
        (["--corpus", "humaneval", "--temperature", "abc"], "--temperature takes numbers"),
        (["--corpus", "humaneval", "--temperature", "-1"], "temperatures >= 0"),
        (["--problems", "0"], "--corpus NAME"),
        (["--corpus", "humaneval", "--problems", "0", "--model", "nonsense"], "unknown model"),
        (["--corpus", "humaneval", "--problems", "0", "--template", "nosuch"], "unknown template"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_no_run(
    args: list[str], message: str, tiny_spec: str, tmp_path: Path
) -> None:
    runs = tmp_path / "runs"
    if "--model" not in args:
        args = [*args, "--model", tiny_spec, "--dtype", "float32"]
    r = wb("run", *args, "--runs-dir", str(runs), "--max-new-tokens", "16")
    one_error_line(r, message)
    assert run_folders(runs) == []


# -- a killed run resumes to the same trials ---------------------------------------------------
def test_a_killed_run_resumes_to_the_trials_of_an_uninterrupted_one(
    tiny_spec: str, tmp_path: Path
) -> None:
    args = ["--corpus", "humaneval", "--problems", "0-5", "--samples", "3", "--temperature"]
    args += ["0.8", "--chunk", "2", "--max-new-tokens", "24", "--seed", "5"]
    total = 6 * 3
    killed_runs, whole_runs = tmp_path / "killed", tmp_path / "whole"

    def two_lines(folder: Path) -> bool:
        trials = folder / "trials.jsonl"
        return trials.exists() and trials.read_bytes().count(b"\n") >= 2

    folder = kill_one_of_two(args, tiny_spec, killed_runs, whole_runs, two_lines)
    at_kill = trials_of_complete_lines(folder)
    assert 2 <= len(at_kill) < total, "the kill came after the run had finished"
    r = wb("run", "--resume", folder.name, "--runs-dir", str(killed_runs))
    assert r.returncode == 0, r.stderr
    assert "T=0.8" in r.stdout
    assert run_folders(killed_runs) == [folder]  # resumed in place, no new run
    resumed = trials_of(folder)
    (reference,) = run_folders(whole_runs)
    expected = key_set(trials_of(reference))
    assert len(expected) == total
    assert key_set(resumed) == expected
    assert len(resumed) == total
    # Whatever was written before the kill was kept as it was.
    assert resumed[: len(at_kill)] == at_kill


def kill_one_of_two(
    args: list[str], spec: str, killed_runs: Path, whole_runs: Path, ready: Callable[[Path], bool]
) -> Path:
    """Start the same run twice; SIGKILL one as soon as `ready(its folder)`, let the other
    (the uninterrupted reference) finish. The killed run's folder."""
    whole = subprocess.Popen(
        [*WORKBENCH, "run", *args, *tiny_args(spec, whole_runs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env=environment(),
        start_new_session=True,
    )
    victim = subprocess.Popen(
        [*WORKBENCH, "run", *args, *tiny_args(spec, killed_runs)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        cwd=REPO,
        env=environment(),
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 180
        while True:
            assert victim.poll() is None, "the run ended before it could be killed"
            assert time.monotonic() < deadline, "the run was not ready to kill in time"
            folders = run_folders(killed_runs)
            if folders and ready(folders[0]):
                break
            time.sleep(0.02)
        os.killpg(victim.pid, signal.SIGKILL)
        victim.wait(timeout=30)
    finally:
        if victim.poll() is None:
            os.killpg(victim.pid, signal.SIGKILL)
            victim.wait(timeout=30)
    try:
        _, whole_err = whole.communicate(timeout=300)
    finally:
        if whole.poll() is None:
            os.killpg(whole.pid, signal.SIGKILL)
    assert whole.returncode == 0, whole_err
    (folder,) = run_folders(killed_runs)
    return folder


def trials_of_complete_lines(folder: Path) -> list[dict[str, Any]]:
    data = (folder / "trials.jsonl").read_bytes()
    return [json.loads(line) for line in data[: data.rfind(b"\n") + 1].splitlines()]


# -- model info --------------------------------------------------------------------------------
def test_model_info(tiny_spec: str) -> None:
    r = wb("model", "info", "--model", tiny_spec, "--json")
    assert r.returncode == 0, r.stderr
    info = json.loads(r.stdout)
    assert info["model"] == tiny_spec
    assert info["context_length"] == 2048
    assert isinstance(info["parameters"], int) and 40_000 < info["parameters"] < 50_000
    assert info["dtype"] in ("float32", "bfloat16")
    assert re.fullmatch(r"[0-9a-f]{64}", info["weights_sha256"])
    assert info["beam"] is True and info["token_level"] is True
    one_error_line(wb("model", "info", "--model", "hf:/no/such"), "cannot load hf:/no/such")


# -- the real embedded model -------------------------------------------------------------------
@pytest.mark.model
def test_embedded_model_run_on_humaneval_0(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    r = wb(
        "run",
        "--corpus",
        "humaneval",
        "--problems",
        "0",
        "--temperature",
        "0",
        "--max-new-tokens",
        "200",
        "--runs-dir",
        str(runs),
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    (folder,) = run_folders(runs)
    (trial,) = trials_of(folder)
    assert trial["problem"] == "humaneval/0" and trial["cell"] == "T=0"
    assert not trial.get("refused")
    assert isinstance(trial["public_pass_rate"], float)
    assert 0.0 <= trial["public_pass_rate"] <= 1.0
    assert isinstance(trial["code"], str) and trial["tokens"] <= 200
