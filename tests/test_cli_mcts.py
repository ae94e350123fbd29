"""`workbench run --search mcts` and `workbench tree` as a user runs them: a subprocess on a
tiny offline model with tiny budgets; a run killed with SIGKILL resumes to the trials and
trees of an uninterrupted one; an endpoint without token probabilities is refused token-level
MCTS in one line; and one run of real MCTS on the embedded model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from test_cli_run import (
    key_set,
    kill_one_of_two,
    one_error_line,
    run_folders,
    tiny_args,
    tiny_spec,  # noqa: F401 - the fixture
    trials_of,
    trials_of_complete_lines,
    wb,
)

MCTS = ["--search", "mcts", "--width", "2", "--max-new-tokens", "20", "--no-stop-on-pass"]


def trees_of(folder: Path) -> dict[str, Any]:
    out = {}
    for path in sorted((folder / "trees").glob("*.json")):
        tree = json.loads(path.read_text(encoding="utf-8"))
        out[path.name] = (tree["nodes"], tree["programs"], tree["answer"])
    return out


def test_mcts_run_writes_trials_and_trees_that_render(tiny_spec: str, tmp_path: Path) -> None:  # noqa: F811
    runs = tmp_path / "runs"
    r = wb(
        "run",
        "--corpus",
        "humaneval",
        "--problems",
        "0-1",
        *MCTS,
        "--rollouts",
        "5",
        *tiny_args(tiny_spec, runs),
    )
    assert r.returncode == 0, r.stderr
    assert "token r=5 w=2" in r.stdout
    (folder,) = run_folders(runs)
    config = json.loads((folder / "config.json").read_text())
    assert config["search"]["name"] == "mcts"
    assert config["search"]["params"]["rollouts"] == 5 and config["search"]["params"]["seed"] == 7
    trials = trials_of(folder)
    assert {t["problem"] for t in trials} == {"humaneval/0", "humaneval/1"}
    assert all(t["cell"] == "token r=5 w=2" and "rollout" in t["extra"] for t in trials)
    trees = trees_of(folder)
    assert sorted(trees) == ["humaneval_0__original__chat.json", "humaneval_1__original__chat.json"]
    for nodes, programs, answer in trees.values():
        assert nodes[0]["visits"] == 5 and len(programs) >= 1 and answer is not None
        assert len({n["id"] for n in nodes}) == len(nodes)
    r = wb("tree", folder.name, "humaneval/1", "--runs-dir", str(runs))
    assert r.returncode == 0, r.stderr
    stem = folder / "trees" / "humaneval_1__original__chat"
    assert stem.with_suffix(".html").read_text().startswith("<!DOCTYPE html>")
    assert stem.with_suffix(".png").read_bytes()[:4] == b"\x89PNG"
    r = wb("tree", folder.name, "humaneval/9", "--runs-dir", str(runs))
    one_error_line(r, "humaneval/9")


def test_a_killed_mcts_run_resumes_to_the_uninterrupted_one(tiny_spec: str, tmp_path: Path) -> None:  # noqa: F811
    args = ["--corpus", "humaneval", "--problems", "0-3", *MCTS, "--rollouts", "6", "--seed", "5"]
    killed_runs, whole_runs = tmp_path / "killed", tmp_path / "whole"

    def one_tree(folder: Path) -> bool:  # one task finished whole, the next under way
        return bool(list((folder / "trees").glob("*.json")))

    folder = kill_one_of_two(args, tiny_spec, killed_runs, whole_runs, one_tree)
    at_kill = trials_of_complete_lines(folder)
    assert len(trees_of(folder)) < 4, "the kill came after the run had finished"
    r = wb("run", "--resume", folder.name, "--runs-dir", str(killed_runs))
    assert r.returncode == 0, r.stderr
    (reference,) = run_folders(whole_runs)
    assert key_set(trials_of(folder)) == key_set(trials_of(reference))
    assert trials_of(folder)[: len(at_kill)] == at_kill
    assert trees_of(folder) == trees_of(reference) and len(trees_of(folder)) == 4


def test_mcts_settings_are_checked_before_a_model_loads(tmp_path: Path) -> None:
    base = ["run", "--corpus", "humaneval", "--problems", "0", "--search", "mcts"]
    base += ["--runs-dir", str(tmp_path)]
    one_error_line(wb(*base, "--rollouts", "0"), "rollouts must be at least 1")
    one_error_line(wb(*base, "--action", "word"), "action must be one of token, line")
    one_error_line(wb(*base, "--caches", "lru"), "unknown cache lru")
    assert not run_folders(tmp_path)


@pytest.mark.model
def test_real_mcts_on_the_embedded_model(tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    r = wb(
        "run",
        "--corpus",
        "humaneval",
        "--problems",
        "2",
        "--search",
        "mcts",
        "--rollouts",
        "3",
        "--width",
        "2",
        "--max-new-tokens",
        "160",
        "--no-stop-on-pass",
        "--runs-dir",
        str(runs),
        timeout=900,
    )
    assert r.returncode == 0, r.stderr
    (folder,) = run_folders(runs)
    trials = trials_of(folder)
    assert trials and all(t["problem"] == "humaneval/2" for t in trials)
    (tree,) = trees_of(folder).values()
    nodes, programs, answer = tree
    assert nodes[0]["visits"] == 3 and programs[answer]["reward"] == max(
        p["reward"] for p in programs
    )
    # The first program is greedy decoding; the embedded model solves humaneval/2 that way.
    assert programs[0]["reward"] == 1.0
