"""The real `workbench` command, run as a user would, including bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WORKBENCH = [sys.executable, "-m", "workbench.cli"]


def run(*args: str, cwd: Path = REPO) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*WORKBENCH, *args], capture_output=True, text=True, cwd=cwd, timeout=120)


def test_problems_list_and_show() -> None:
    r = run("problems", "list")
    assert r.returncode == 0 and "humaneval" in r.stdout
    r = run("problems", "list", "--corpus", "humaneval", "--problems", "0-4", "--json")
    rows = json.loads(r.stdout)
    assert [row["id"] for row in rows] == [f"humaneval/{i}" for i in range(5)]
    assert rows[0]["public_tests"] == 3 and rows[0]["private_tests"] == 4
    r = run("problems", "show", "humaneval/0")
    assert r.returncode == 0
    assert "has_close_elements" in r.stdout and "3 public, 4 private" in r.stdout
    assert "reference solution" in r.stdout


def test_check_a_stdio_program_with_json_output(tmp_path: Path) -> None:
    r = run(
        "check",
        "examples/pair_sums.py",
        "--problem-file",
        "examples/pair_sums.json",
        "--private",
        "--json",
    )
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    sandbox = report.pop("sandbox")  # what isolated the program, as a run's config says
    assert sandbox["mode"] in ("bwrap", "fallback") and "verdict_rules" in sandbox
    assert report == {
        "problem": "examples/pair-sums",
        "public_pass_rate": 1.0,
        "private_pass_rate": 1.0,
        "results": [
            {"test": i, "public": i == 0, "outcome": "passed", "detail": ""} for i in range(3)
        ],
    }


def test_check_exits_zero_when_tests_fail(tmp_path: Path) -> None:
    prog = tmp_path / "wrong.py"
    prog.write_text("print(42)\n")
    r = run("check", str(prog), "--problem-file", "examples/pair_sums.json")
    assert r.returncode == 0
    assert "wrong_answer" in r.stdout and "public pass rate 0%" in r.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["check", "examples/pair_sums.py", "--problem", "humaneval/999"], "unknown problem id"),
        (["check", "examples/pair_sums.py", "--problem", "nosuch/1"], "unknown corpus"),
        (["check", "examples/pair_sums.py"], "exactly one of --problem"),
        (["check", "missing.py", "--problem", "humaneval/0"], "cannot read program"),
        (
            ["check", "examples/pair_sums.py", "--problem-file", "missing.json"],
            "cannot read problem file",
        ),
        (["problems", "show", "humaneval/x"], "unknown problem id"),
        (["problems", "list", "--set", "nope"], "unknown problem set"),
        (["problems", "list", "--corpus", "humaneval", "--problems", "500"], "outside 0-163"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(args: list[str], message: str) -> None:
    r = run(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert message in r.stderr
    assert "Traceback" not in r.stderr


def test_malformed_problem_file_and_binary_program(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"id": "x/1", "io": "stdio", "statement": "s", "tests": [{"kind": "stdio"}]}')
    r = run("check", "examples/pair_sums.py", "--problem-file", str(bad))
    assert r.returncode == 2 and "needs 'public'" in r.stderr
    binary = tmp_path / "prog.py"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    r = run("check", str(binary), "--problem", "humaneval/0")
    assert r.returncode == 2 and "not UTF-8" in r.stderr


def test_every_command_has_an_example_in_its_help() -> None:
    for cmd in (["check"], ["problems", "list"], ["problems", "show"]):
        r = run(*cmd, "--help")
        assert r.returncode == 0 and "Example:" in r.stdout, cmd


def test_fallback_mode_warns_on_every_run() -> None:
    import os

    env = dict(os.environ, WORKBENCH_SANDBOX="fallback")
    for _ in range(2):
        r = subprocess.run(
            [
                *WORKBENCH,
                "check",
                "examples/pair_sums.py",
                "--problem-file",
                "examples/pair_sums.json",
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            env=env,
            timeout=120,
        )
        assert r.returncode == 0
        assert "warning: sandbox in fallback mode" in r.stderr
        assert "passed" in r.stdout
