"""APPS and CodeContests through `datasets`: local copies in the real schemas, loaded
the way a user names them (`--corpus apps:/path/to/test.jsonl`), and the hub failure.

`load_corpus` is cached per reference, so every test writes to its own tmp_path.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

import pytest

from workbench.corpus import CorpusError, load_corpus
from workbench.problems import Example


@pytest.fixture(autouse=True)
def _datasets_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the arrow caches `load_dataset` writes out of the user's home."""
    import datasets.config

    monkeypatch.setattr(datasets.config, "HF_DATASETS_CACHE", str(tmp_path / "hf-cache"))


APPS_QUESTION = """Polycarp has $n$ numbers. Print their sum.

-----Input-----

The first line contains $n$, the second $n$ integers.

-----Output-----

Print one integer.

-----Examples-----
Input
3
1 2 3

Output
6

Input
1
5

Output
5



-----Note-----

Nothing to note."""

APPS_ROWS: list[dict[str, Any]] = [
    {
        "problem_id": 4000,
        "question": APPS_QUESTION,
        "solutions": json.dumps(["input()\nprint(sum(map(int, input().split())))\n"]),
        "input_output": json.dumps(
            {
                "inputs": ["3\n1 2 3\n", "1\n5\n", "2\n1 1\n", ["4", "1 1 1 1"]],
                "outputs": ["6\n", "5\n", "2\n", ["4"]],
            }
        ),
        "difficulty": "introductory",
        "url": "https://codeforces.com/problemset/problem/1020/B",
        "starter_code": "",
    },
    {
        "problem_id": 4001,
        "question": "Write a function `add` that returns the sum of two numbers.",
        "solutions": json.dumps(["def add(a, b):\n    return a + b\n"]),
        "input_output": json.dumps(
            {
                "fn_name": "add",
                "inputs": [[1, 2], [[1], [2]], [-1, 1]],
                "outputs": [3, [1, 2], 0],
            }
        ),
        "difficulty": "introductory",
        "url": "https://www.codewars.com/kata/add-two-numbers",
        "starter_code": "def add(a, b):\n\t",
    },
    {  # APPS has rows like these: no usable tests, so they are skipped
        "problem_id": 4002,
        "question": "Broken.",
        "solutions": "",
        "input_output": "",
        "difficulty": "interview",
        "url": "",
        "starter_code": "",
    },
    {
        "problem_id": 4003,
        "question": "Also broken.",
        "solutions": "[not json",
        "input_output": "{not json",
        "difficulty": "interview",
        "url": "",
        "starter_code": "",
    },
]


def _write_jsonl(path: Path, rows: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def test_apps_jsonl_stdio_and_call_problems(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = _write_jsonl(tmp_path / "test.jsonl", APPS_ROWS)
    with caplog.at_level(logging.WARNING):
        corpus = load_corpus("apps:" + str(path))
    assert [p.id for p in corpus.problems] == ["apps/test/4000", "apps/test/4001"]
    assert "skipped 2 of 4" in caplog.text

    stdio = corpus.get("apps/test/4000")
    assert stdio.io == "stdio" and stdio.entry_point is None and stdio.starter_code is None
    assert stdio.title == "1020/B" and stdio.statement == APPS_QUESTION
    assert stdio.public_tests == [0, 1] and stdio.private_tests == [2, 3]
    assert (stdio.tests[0].input, stdio.tests[0].output) == ("3\n1 2 3\n", "6\n")
    assert (stdio.tests[3].input, stdio.tests[3].output) == ("4\n1 1 1 1", "4")  # lists joined
    assert stdio.examples == (Example("3\n1 2 3", "6"), Example("1\n5", "5"))
    assert stdio.solutions == ("input()\nprint(sum(map(int, input().split())))\n",)
    assert stdio.meta["difficulty"] == "introductory" and stdio.meta["licence"] == "MIT"
    assert stdio.meta["source"] == f"APPS ({path})" and stdio.meta["release_date"] is None

    call = corpus.get("apps/test/4001")
    assert call.io == "call" and call.entry_point == "add"
    assert call.starter_code == "def add(a, b):\n\t" and call.title == "add-two-numbers"
    assert call.public_tests == [0] and call.private_tests == [1, 2]
    t = call.tests[1]
    assert (t.kind, t.args, t.kwargs, t.expected) == ("call", ([1], [2]), {}, [1, 2])
    assert call.tests[0].to_dict() == {
        "kind": "call",
        "public": True,
        "args": [1, 2],
        "kwargs": {},
        "expected": 3,
    }
    assert call.examples == ()


def test_apps_folder_of_data_files_picks_the_split(tmp_path: Path) -> None:
    folder = tmp_path / "apps-copy"
    folder.mkdir()
    _write_jsonl(folder / "train.jsonl", APPS_ROWS[1:2])
    _write_jsonl(folder / "test.jsonl", APPS_ROWS[:1])
    assert [p.id for p in load_corpus("apps:" + str(folder)).problems] == ["apps/test/4000"]
    train = load_corpus("apps:" + str(folder) + "@train").problems
    assert [p.id for p in train] == ["apps/train/4001"]


def _cc_row(
    name: str,
    *,
    public: int = 1,
    private: int = 1,
    generated: int = 1,
    time_limit: dict[str, int] | None = None,
) -> dict[str, Any]:
    def tests(prefix: str, n: int) -> dict[str, list[str]]:
        return {
            "input": [f"{prefix}{i}\n" for i in range(n)],
            "output": [f"{prefix}{i}-out\n" for i in range(n)],
        }

    gen = tests("gen", generated)
    if public:  # generated tests often repeat a statement test: kept once, as public
        gen["input"].append("pub0\n")
        gen["output"].append("pub0-out\n")
    return {
        "name": name,
        "description": f"Statement of {name}.",
        "public_tests": tests("pub", public),
        "private_tests": tests("priv", private),
        "generated_tests": gen,
        "solutions": {
            "language": [3, 2, 1, 3],
            "solution": ["print(3)", "int main(){}", "print 2", "print('3b')"],
        },
        "incorrect_solutions": {"language": [3], "solution": ["print(0)"]},
        "difficulty": 7,
        "cf_rating": 1500,
        "cf_tags": ["math", "greedy"],
        "source": 2,
        "time_limit": time_limit,
        "memory_limit_bytes": 256000000,
    }


CC_ROWS = [
    _cc_row("1548_E. Gregor and the Two Painters", time_limit={"seconds": 2, "nanos": 500000000}),
    _cc_row("1548_E: Gregor and the two painters!"),  # the same slug: gets -2
    _cc_row("No tests", public=0, private=0, generated=0),  # skipped
]


def test_codecontests_parquet(tmp_path: Path) -> None:
    import datasets

    path = tmp_path / "valid.parquet"
    datasets.Dataset.from_list(CC_ROWS).to_parquet(str(path))
    corpus = load_corpus("codecontests:" + str(path) + "@valid")
    assert [p.id for p in corpus.problems] == [
        "codecontests/valid/1548-e-gregor-and-the-two-painters",
        "codecontests/valid/1548-e-gregor-and-the-two-painters-2",
    ]
    p = corpus.problems[0]
    assert p.io == "stdio" and p.title == "1548_E. Gregor and the Two Painters"
    assert p.statement == "Statement of 1548_E. Gregor and the Two Painters."
    assert [(t.input, t.public) for t in p.tests] == [
        ("pub0\n", True),
        ("priv0\n", False),
        ("gen0\n", False),
    ]  # repeated pub0 dropped
    assert p.examples == (Example("pub0\n", "pub0-out\n"),)
    assert p.solutions == ("print(3)", "print('3b')")  # Python 3 only
    assert p.meta["time_limit_s"] == 2.5 and p.meta["memory_limit_bytes"] == 256000000
    assert p.meta["tags"] == ["math", "greedy"] and p.meta["cf_rating"] == 1500
    assert p.meta["difficulty"] == 7 and p.meta["platform"] == "codeforces"
    assert p.meta["licence"] == "CC-BY-4.0" and p.meta["release_date"] is None
    assert corpus.problems[1].meta["time_limit_s"] is None


def test_codecontests_save_to_disk_splits(tmp_path: Path) -> None:
    import datasets

    folder = tmp_path / "code_contests"
    datasets.DatasetDict(
        {
            "valid": datasets.Dataset.from_list(CC_ROWS[:1]),
            "test": datasets.Dataset.from_list(CC_ROWS[1:2]),
        }
    ).save_to_disk(str(folder))
    valid = load_corpus("codecontests:" + str(folder) + "@valid").problems
    assert [p.id for p in valid] == ["codecontests/valid/1548-e-gregor-and-the-two-painters"]
    test = load_corpus("codecontests:" + str(folder)).problems  # the card's split: test
    assert [p.id for p in test] == ["codecontests/test/1548-e-gregor-and-the-two-painters"]
    with pytest.raises(CorpusError) as err:
        load_corpus("codecontests:" + str(folder) + "@train")
    message = str(err.value)
    assert "'train'" in message and "valid, test" in message and "\n" not in message


def test_missing_local_copy_is_named(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus("apps:" + str(tmp_path / "nowhere.jsonl"))


@pytest.mark.parametrize("name", ["apps", "codecontests"])
def test_unreachable_hub_is_one_clean_line(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")  # fail at once instead of retrying
    hub_id = f"workbench-tests/unreachable-{name}"
    with pytest.raises(CorpusError) as err:
        load_corpus(f"{name}:{hub_id}")
    message = str(err.value)
    assert hub_id in message and f"--corpus {name}:" in message and "\n" not in message


def test_hub_that_cannot_be_reached_fails_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Not offline mode: the host itself is down (nothing listens on the discard port).
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("HF_DATASETS_OFFLINE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    with pytest.raises(CorpusError, match="hub is unreachable") as err:
        load_corpus("apps:workbench-tests/down")
    assert "--corpus apps:/path/to/test.jsonl" in str(err.value)


def test_apps_references_pass_through_workbench_check(tmp_path: Path) -> None:
    """A user with a local APPS copy checks programs against it from the command line."""
    from typer.testing import CliRunner

    from workbench.cli import app

    path = _write_jsonl(tmp_path / "test.jsonl", APPS_ROWS)
    corpus = load_corpus("apps:" + str(path))
    runner = CliRunner()
    for problem in corpus.problems:
        program = tmp_path / "solution.py"
        program.write_text(problem.solutions[0])
        args = ["check", str(program), "--problem", problem.id, "--corpus", f"apps:{path}"]
        result = runner.invoke(app, [*args, "--private", "--json"])
        assert result.exit_code == 0, result.output
        report = json.loads(result.stdout)
        assert report["public_pass_rate"] == 1.0 and report["private_pass_rate"] == 1.0, report
    program.write_text("print(0)\n")
    result = runner.invoke(
        app,
        [
            "check",
            str(program),
            "--problem",
            "apps/test/4000",
            "--corpus",
            f"apps:{path}",
            "--json",
        ],
    )
    assert json.loads(result.stdout)["public_pass_rate"] == 0.0
