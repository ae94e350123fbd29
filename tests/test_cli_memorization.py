"""`workbench memorization` as a user runs it: the real command in a subprocess on a tiny
offline model and tiny budgets, renamed variants frozen into a temporary folder. A second
study reuses the runs and the probe results; bad input is one line, exit code 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_cli_compare import PNG, run_folders, wbv
from test_cli_run import one_error_line, tiny_spec

__all__ = ["tiny_spec"]  # the fixture, used by name


@pytest.fixture(scope="module")
def renamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("variants")
    r = wbv(folder, "rewrite", "--rewriter", "renamed", "--corpus", "humaneval",
            "--problems", "0-2")  # fmt: skip
    assert r.returncode == 0, r.stderr
    return folder


def study_args(spec: str, runs: Path, *more: str) -> list[str]:
    return ["memorization", "--set", "humaneval-quick,fresh-quick", "--problems", "0-2",
            "--samples", "2", "--max-new-tokens", "8", "--model", spec, "--dtype", "float32",
            "--runs-dir", str(runs), *more]  # fmt: skip


def test_memorization_study_end_to_end_then_reused(
    renamed: Path, tiny_spec: str, tmp_path: Path
) -> None:
    runs = tmp_path / "runs"
    r = wbv(renamed, *study_args(tiny_spec, runs, "--cutoff", "2024-01-01", "--json"))
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    # fresh has no renamed variant (and this folder holds no other): said, not failed
    assert "left out fresh renamed" in r.stderr and "left out humaneval short" in r.stderr
    assert r.stderr.count("new run") == 3  # humaneval original + renamed, fresh original
    data = json.loads(r.stdout)
    folder = Path(data["folder"])
    assert folder.parent == runs / "memorization"
    for name in ("report.md", "report.html", "memorization.json"):
        assert (folder / name).is_file(), name
    for name in ("drop", "completion", "likelihood", "release"):
        assert (folder / f"{name}.png").read_bytes().startswith(PNG), name
    assert [d["variant"] for d in data["drop_estimates"]] == ["renamed", "all", "all"]
    assert data["drop_estimates"][0]["n"] == 3
    # 6 problems: 4 cuts each for the completion probe, 2 texts each for likelihood
    assert len(data["completion"]) == 24 and len(data["likelihood"]) == 12
    assert {c["fraction"] for c in data["completion"]} == {0.0, 0.25, 0.5, 0.75}
    signals = [row["signal"] for row in data["verdict"]]
    assert signals[0] == "variant drop" and signals[-1] == "release date"
    assert {"canonical completion", "likelihood"} <= set(signals)
    release = data["release"]
    assert (release["before"]["n"], release["after"]["n"]) == (3, 3)
    page = (folder / "report.html").read_text()
    assert page.count("data:image/png;base64,") == 4 and not re.search(r"src=\"https?:", page)
    md = (folder / "report.md").read_text()
    assert md.index("## Verdict") < md.index("## Context") < md.index("## Signal 4")

    # Again, as a table: every run and both probes are reused, a second study folder.
    again = wbv(renamed, *study_args(tiny_spec, runs, "--cutoff", "2024-01-01"))
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("reusing run") == 3 and "new run" not in again.stderr
    assert again.stderr.count("reusing stored results") == 2
    assert "memorization: humaneval against fresh" in again.stdout
    assert len(run_folders(runs)) == 3 and len(list((runs / "memorization").iterdir())) == 2


def test_signals_can_be_chosen(renamed: Path, tiny_spec: str, tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    r = wbv(renamed, *study_args(tiny_spec, runs, "--signals", "likelihood", "--json"))
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert not list(runs.glob("*/config.json"))  # no run is needed for likelihood alone
    assert {row["signal"] for row in data["verdict"]} == {"variant drop", "likelihood"}
    assert data["completion"] == [] and data["release"] is None


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--corpus", "humaneval"), "name two corpora, the likely seen one first"),
        (("--set", "humaneval-quick"), "give one --set per corpus"),
        (("--set", "fresh-quick,humaneval-quick"), "set fresh-quick holds fresh/001"),
        (("--signals", "drop,vibes"), "unknown signal(s) ['vibes']"),
        (("--variants", "shrot"), "unknown variant(s) ['shrot']: choose from callbased"),
        (("--cutoff", "last year"), "--cutoff takes a date like 2024-09-18"),
        (("--set", "nope,fresh-quick"), "unknown problem set 'nope'"),
    ],
)
def test_bad_input_is_one_line(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    r = wbv(tmp_path, "memorization", "--runs-dir", str(tmp_path / "runs"), *args)
    one_error_line(r, message)
    assert not (tmp_path / "runs").exists() or not any((tmp_path / "runs").iterdir())


def test_an_endpoint_that_is_down_is_one_line(tmp_path: Path) -> None:
    endpoint = ("--model", "openai:none", "--base-url", "http://127.0.0.1:9/v1", "--api-key", "x")
    runs = ("--runs-dir", str(tmp_path / "runs"))
    # The likelihood probe cannot use an endpoint: said before anything runs.
    r = wbv(tmp_path, "memorization", "--problems", "0", *endpoint, *runs)
    one_error_line(r, "leave it out with --signals drop,completion,release")
    r = wbv(tmp_path, "memorization", "--problems", "0", "--signals", "completion", *endpoint,
            *runs)  # fmt: skip
    assert r.returncode == 2 and "Traceback" not in r.stderr and "127.0.0.1:9" in r.stderr
