"""`workbench rewrite`, `variants list|show` and `compare` as a user runs them: the real
command in a subprocess, frozen variants in a temporary folder, a tiny offline model with
tiny budgets. A comparison run again reuses its runs; bad input is one line, exit code 2."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from test_cli_run import REPO, WORKBENCH, environment, one_error_line, tiny_spec

__all__ = ["tiny_spec"]  # the fixture, used by name

PNG = b"\x89PNG\r\n\x1a\n"


def run_folders(runs: Path) -> list[Path]:
    return sorted(p for p in runs.iterdir() if (p / "config.json").is_file())


def wbv(variants: Path, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*WORKBENCH, *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=environment() | {"WORKBENCH_VARIANTS": str(variants)},
        timeout=timeout,
    )


@pytest.fixture(scope="module")
def frozen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """examples and renamed variants of humaneval/0-2, made by the CLI (no model needed)."""
    folder = tmp_path_factory.mktemp("variants")
    r = wbv(folder, "rewrite", "--rewriter", "examples,renamed", "--corpus", "humaneval",
            "--problems", "0-2", "--json")  # fmt: skip
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["humaneval/renamed"]["this_call"]["accepted"] == 3
    assert report["humaneval/examples"]["this_call"]["accepted"] == 2  # 2: no test left
    return folder


def test_rewrite_freezes_with_provenance_and_skips_what_it_has(frozen: Path) -> None:
    lines = (frozen / "humaneval" / "renamed.jsonl").read_text().splitlines()
    v = json.loads(lines[0])
    assert v["problem_id"] == "humaneval/0" and v["entry_point"] == "f"
    prov = v["provenance"]
    assert prov["rewriter"] == "renamed" and prov["model"] is None  # deterministic
    assert prov["checks"] and prov["date"].endswith("Z")
    meta = json.loads((frozen / "humaneval" / "examples.meta.json").read_text())
    assert meta["problems"]["humaneval/2"]["status"] == "not_applicable"
    assert meta["acceptance"]["None"]["accepted"] == 2
    # Again: nothing new to do, the file is unchanged.
    before = (frozen / "humaneval" / "renamed.jsonl").read_text()
    r = wbv(frozen, "rewrite", "--rewriter", "renamed", "--corpus", "humaneval",
            "--problems", "0-2", "--json")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["humaneval/renamed"]["this_call"]["applicable"] == 0
    assert (frozen / "humaneval" / "renamed.jsonl").read_text() == before


def test_refresh_keeps_the_old_version(tmp_path: Path) -> None:
    args = ("rewrite", "--rewriter", "renamed", "--corpus", "humaneval", "--problems", "0")
    assert wbv(tmp_path, *args).returncode == 0
    first = (tmp_path / "humaneval" / "renamed.jsonl").read_text()
    r = wbv(tmp_path, *args, "--refresh")
    assert r.returncode == 0, r.stderr
    assert "kept the old files as v1" in r.stderr
    assert (tmp_path / "humaneval" / "renamed.v1.jsonl").read_text() == first
    assert (tmp_path / "humaneval" / "renamed.v1.meta.json").is_file()
    assert (tmp_path / "humaneval" / "renamed.jsonl").is_file()


def test_variants_list_and_show(frozen: Path) -> None:
    r = wbv(frozen, "variants", "list", "--json")
    assert r.returncode == 0, r.stderr
    rows = {(x["corpus"], x["rewriter"]): x for x in json.loads(r.stdout)}
    assert rows[("humaneval", "renamed")]["accepted"] == 3
    r = wbv(frozen, "variants", "show", "humaneval/0", "--variant", "renamed")
    assert r.returncode == 0, r.stderr
    assert "has_close_elements" in r.stdout and "def f(" in r.stdout
    assert "provenance:" in r.stdout
    r = wbv(frozen, "variants", "show", "humaneval/2", "--variant", "examples")
    one_error_line(r, "humaneval/2 has no examples variant: not_applicable")
    r = wbv(frozen, "variants", "show", "humaneval/0", "--variant", "nope")
    one_error_line(r, "no frozen variants 'nope' of corpus humaneval")


def test_rewrite_bad_input(tmp_path: Path) -> None:
    r = wbv(tmp_path, "rewrite", "--rewriter", "nope", "--corpus", "humaneval")
    one_error_line(r, "unknown rewriter 'nope'")
    r = wbv(tmp_path, "rewrite", "--rewriter", "renamed", "--corpus", "humaneval",
            "--problems", "humaneval/999")  # fmt: skip
    one_error_line(r, "humaneval/999")


def compare_args(spec: str, runs: Path) -> list[str]:
    return ["compare", "--variants", "renamed,examples", "--corpus", "humaneval",
            "--problems", "0-2", "--samples", "2", "--temperature", "0,0.7",
            "--max-new-tokens", "8", "--model", spec, "--dtype", "float32",
            "--runs-dir", str(runs)]  # fmt: skip


def test_compare_makes_runs_and_a_report_then_reuses_them(
    frozen: Path, tiny_spec: str, tmp_path: Path
) -> None:
    runs = tmp_path / "runs"
    r = wbv(frozen, *compare_args(tiny_spec, runs))
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("new run") == 3 and "Traceback" not in r.stderr
    folders = run_folders(runs)
    assert len(folders) == 3
    variants = sorted(next(iter(json.loads((f / "config.json").read_text())["variants"]))
                      for f in folders)  # fmt: skip
    assert variants == ["examples", "original", "renamed"]
    (comparison,) = (runs / "comparisons").iterdir()
    for name in ("report.md", "report.html", "comparison.json", "outcomes.png", "paired.png"):
        assert (comparison / name).is_file(), name
    assert (comparison / "heatmap-chat.png").read_bytes().startswith(PNG)
    page = (comparison / "report.html").read_text()
    assert "data:image/png;base64," in page and not re.search(r"src=\"https?:", page)
    data = json.loads((comparison / "comparison.json").read_text())
    assert data["applicable"]["examples"] == ["humaneval/0", "humaneval/1"]
    assert data["applicable"]["renamed"] == ["humaneval/0", "humaneval/1", "humaneval/2"]
    cells = {(row["variant"], row["cell"]) for row in data["rows"]}
    assert ("renamed", "T=0.7") in cells and ("original", "T=0") in cells
    paired = {(p["variant"], p["cell"]): p for p in data["paired"]}
    assert paired[("examples", "T=0")]["n"] == 2 and paired[("renamed", "T=0.7")]["n"] == 3
    assert "per statement" in r.stdout and "paired against original" in r.stdout
    # Again: every run is reused, none made, a second comparison folder.
    again = wbv(frozen, *compare_args(tiny_spec, runs))
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("reusing run") == 3 and "new run" not in again.stderr
    assert len(run_folders(runs)) == 3 and len(list((runs / "comparisons").iterdir())) == 2
    # A variant as the baseline: the same runs, paired against it, said in sentences.
    args = compare_args(tiny_spec, runs)
    other = wbv(frozen, *args[:2], "examples", "--baseline", "renamed", *args[3:], "--json")
    assert other.returncode == 0, other.stderr
    assert other.stderr.count("reusing run") == 2 and "new run" not in other.stderr
    data = json.loads(other.stdout)
    assert data["baseline"] == "renamed" and data["variants"] == ["renamed", "examples"]
    assert {p["n"] for p in data["paired"]} == {2}
    plain = wbv(frozen, *args[:2], "examples", "--baseline", "renamed", *args[3:])
    assert "paired against renamed" in plain.stdout
    assert "examples" in plain.stdout and (
        "cannot decide" in plain.stdout
        or " more of " in plain.stdout
        or " fewer of " in plain.stdout
    )


def test_compare_bad_input_makes_no_run(frozen: Path, tiny_spec: str, tmp_path: Path) -> None:
    runs = tmp_path / "runs"
    args = compare_args(tiny_spec, runs)
    bad = [*args[:2], "short", *args[3:]]
    one_error_line(wbv(frozen, *bad), "no frozen variants 'short' of corpus humaneval")
    original = [*args[:2], "original,renamed", *args[3:]]
    one_error_line(wbv(frozen, *original), "the original is always compared")
    same = [*args[:2], "renamed", "--baseline", "renamed", *args[3:]]
    one_error_line(wbv(frozen, *same), "renamed is the baseline; name only other variants")
    unknown = [*args[:2], "renamed", "--baseline", "short@authored", *args[3:]]
    one_error_line(wbv(frozen, *unknown), "no frozen variants 'short@authored' of corpus humaneval")
    nothing = [*args[:4], "humaneval", "--problems", "2", *args[7:]]
    nothing[2] = "examples"  # humaneval/2 has no examples variant (no test left to show)
    one_error_line(wbv(frozen, *nothing), "nothing to compare: none of the selected problems")
    assert not runs.exists() or run_folders(runs) == []


def test_a_reviewer_rejects_an_accepted_variant(tmp_path: Path) -> None:
    args = ("rewrite", "--rewriter", "renamed", "--corpus", "humaneval", "--problems", "0-1")
    assert wbv(tmp_path, *args).returncode == 0
    r = wbv(tmp_path, "variants", "reject", "humaneval/1", "--variant", "renamed",
            "--why", "the prose no longer matches")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "kept as v1" in r.stdout
    lines = (tmp_path / "humaneval" / "renamed.jsonl").read_text().splitlines()
    assert [json.loads(x)["problem_id"] for x in lines] == ["humaneval/0"]
    meta = json.loads((tmp_path / "humaneval" / "renamed.meta.json").read_text())
    assert meta["problems"]["humaneval/1"]["status"] == "rejected"
    assert meta["problems"]["humaneval/1"]["reason"] == "review: the prose no longer matches"
    assert (tmp_path / "humaneval" / "renamed.v1.jsonl").read_text().count("\n") == 2
    r = wbv(tmp_path, "variants", "reject", "humaneval/1", "--variant", "renamed", "--why", "x")
    one_error_line(r, "humaneval/1 has no accepted renamed variant to reject")
