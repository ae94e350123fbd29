"""`workbench corpus build|validate` on a small authored corpus made here, on HumanEval and
on a local APPS copy: a clean corpus passes, and each kind of defect is one named line."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench.authoring import build
from workbench.cli import app
from workbench.corpus import load_corpus
from workbench.validate import validate

STATEMENT = """# Pairs

Polycarp has t pairs of numbers and adds each pair.

## Input

The first line contains t (1 ≤ t ≤ 100); each of the next t lines holds a and b
(0 ≤ a, b ≤ 1000).

## Output

For each pair, print a + b.

## Examples

### Example 1

Input:

```
2
1 2
3 4
```

Output:

```
3
7
```

Note: 1 + 2 = 3 and 3 + 4 = 7.
"""

REFERENCE = """import sys
data = sys.stdin.read().split()
t = int(data[0])
print("\\n".join(str(int(data[1 + 2 * i]) + int(data[2 + 2 * i])) for i in range(t)))
"""

BRUTE = """t = int(input())
for _ in range(t):
    a, b = map(int, input().split())
    total = a
    for _ in range(b):
        total += 1
    print(total)
"""

NO_T_LOOP = '''"""Answers only the first pair."""
input()
print(sum(map(int, input().split())))
'''

GENERATOR = """import random

SEED = 7


def generate(rng):
    tests = ["1\\n0 0\\n", "2\\n1000 1000\\n0 1000\\n"]
    for _ in range(4):
        n = rng.randint(2, 5)
        pairs = "".join(f"{rng.randint(0, 9)} {rng.randint(0, 9)}\\n" for _ in range(n))
        tests.append(f"{n}\\n" + pairs)
    return tests
"""

META = {
    "difficulty": "easy",
    "tags": ["math"],
    "independent": "brute",
    "brute_max_input_bytes": 1000,
}


def _write_problem(root: Path, number: str, **override: str) -> None:
    folder = root / "mini" / "src" / number
    (folder / "wrong").mkdir(parents=True, exist_ok=True)
    files = {
        "statement.md": STATEMENT,
        "meta.json": json.dumps(META),
        "reference.py": REFERENCE,
        "brute.py": BRUTE,
        "wrong/no_t_loop.py": NO_T_LOOP,
    }
    for rel, text in (files | {k.replace("__", "/"): v for k, v in override.items()}).items():
        (folder / rel).write_text(text)
    (root / "mini" / "generators").mkdir(exist_ok=True)
    (root / "mini" / "generators" / f"{number}.py").write_text(override.get("generator", GENERATOR))


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = tmp_path / "corpora"
    (root / "mini").mkdir(parents=True)
    card = {
        "name": "mini",
        "source": {"type": "jsonl", "path": "problems.jsonl"},
        "authoring": {"src": "src", "generators": "generators"},
        "licence": "CC-BY-4.0",
        "io": "stdio",
        "release_date": "2026-11-22",
        "limits": {"timeout_s": 2.0, "memory_mb": 256},
        "rules": {
            "public_equals_examples": True,
            "min_private": 5,
            "min_examples": 1,
            "min_brute_private": 3,
        },
    }
    (root / "mini" / "card.json").write_text(json.dumps(card))
    _write_problem(root, "001")
    (root / "sets").mkdir()
    (root / "sets" / "mini-all.txt").write_text("mini/001\n")
    monkeypatch.setenv("WORKBENCH_CORPORA", str(root))
    load_corpus.cache_clear()
    yield root
    load_corpus.cache_clear()


def _jsonl(root: Path) -> Path:
    return root / "mini" / "problems.jsonl"


def _messages(root: Path) -> list[str]:
    load_corpus.cache_clear()
    return [str(d) for d in validate("mini").defects]


def test_build_then_validate_through_the_cli(corpora: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["corpus", "build", "mini"])
    assert result.exit_code == 0, result.output
    assert "built 1 problems (7 tests)" in result.stderr
    problem = load_corpus("mini").get("mini/001")
    assert problem.title == "Pairs" and problem.statement.startswith("Polycarp has t pairs")
    assert problem.public_tests == [0] and len(problem.private_tests) == 6
    assert problem.tests[1].input == "1\n0 0\n" and problem.tests[1].output == "0\n"
    assert problem.tests[2].output == "2000\n1000\n"  # from the reference, in the sandbox
    assert problem.examples[0].explanation == "1 + 2 = 3 and 3 + 4 = 7."
    assert problem.solutions == (REFERENCE, BRUTE)
    assert problem.meta["seed"] == 7 and problem.meta["generator"] == "generators/001.py"
    assert problem.meta["release_date"] == "2026-11-22" and problem.meta["difficulty"] == "easy"

    result = runner.invoke(app, ["corpus", "validate", "mini"])
    assert result.exit_code == 0, result.output
    assert "mini: 1 problems, 0 defects" in result.stderr
    assert (
        "wrong solutions caught 1/1 (0 of them pass the examples; first failure: wrong_answer 1)"
        in result.stderr
    )
    report = json.loads(runner.invoke(app, ["corpus", "validate", "mini", "--json"]).stdout)
    assert report["defects"] == [] and report["wrong_solutions"]["caught"] == 1


def test_builds_are_reproducible_byte_for_byte(corpora: Path) -> None:
    build("mini")
    first = _jsonl(corpora).read_bytes()
    build("mini")
    assert _jsonl(corpora).read_bytes() == first


def test_builds_of_different_problems_can_run_at_once(corpora: Path) -> None:
    for number in ("002", "003", "004"):
        _write_problem(corpora, number)
    env = {"WORKBENCH_CORPORA": str(corpora), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "workbench.cli", "corpus", "build", "mini", "--problems", n],
            env=env,
            stderr=subprocess.PIPE,
        )
        for n in ("1", "2", "3", "4")
    ]
    assert all(p.wait(timeout=120) == 0 for p in procs)
    lines = _jsonl(corpora).read_text().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [f"mini/00{i}" for i in range(1, 5)]


def test_each_kind_of_defect_is_one_line(corpora: Path) -> None:
    build("mini")
    good = _jsonl(corpora).read_text()
    row = json.loads(good)

    # a stored output that the reference does not print
    row["tests"][3]["output"] = "12345\n"
    _jsonl(corpora).write_text(json.dumps(row) + "\n")
    found = _messages(corpora)
    assert found[0].startswith("mini/001: reference fails private test 3: wrong_answer token 1:")
    assert "expected '12345'" in found[0]
    assert any("solution 2 disagrees on test 3" in m for m in found)

    # an example that is not a public test
    row = json.loads(good)
    row["tests"][0]["input"] = "2\n1 2\n3 5\n"
    _jsonl(corpora).write_text(json.dumps(row) + "\n")
    found = _messages(corpora)
    assert "mini/001: example 1 is not a public test" in found

    # malformed lines and a duplicate id: every line reported, not only the first
    _jsonl(corpora).write_text(good + "{not json\n" + good + '{"id": "mini/9"}\n')
    found = _messages(corpora)
    assert any(m.startswith("mini: problems.jsonl:2: ") for m in found)
    assert "mini/001: duplicate id" in found
    assert any(m.startswith("mini: problems.jsonl:4: missing field(s)") for m in found)


def test_sources_and_generated_tests_must_match_the_built_file(corpora: Path) -> None:
    build("mini")
    _write_problem(corpora, "001", generator=GENERATOR.replace("SEED = 7", "SEED = 8"))
    found = _messages(corpora)
    assert any(
        "the generator gives 6 inputs, the corpus stores 6; first difference" in m for m in found
    )
    assert (
        "mini/001: meta differs from the sources (workbench corpus build mini --problems 001)"
        in found
    )

    _write_problem(corpora, "001", **{"statement.md": STATEMENT.replace("adds each", "sums each")})
    assert (
        "mini/001: statement differs from the sources (workbench corpus build mini --problems 001)"
        in _messages(corpora)
    )

    _write_problem(corpora, "002")
    assert "mini/002: has sources but is not built (workbench corpus build mini)" in _messages(
        corpora
    )


def test_solutions_are_checked(corpora: Path) -> None:
    _write_problem(
        corpora,
        "001",
        **{
            "brute.py": BRUTE.replace("total = a", "total = a + (a == 9)"),
            "wrong__sum_again.py": REFERENCE,  # "wrong", but right: the tests cannot catch it
        },
    )
    build("mini")
    found = _messages(corpora)
    assert any(m.startswith("mini/001: solution 2 disagrees on test ") for m in found), found
    assert "mini/001: wrong solution sum_again.py passes every private test" in found

    slow = "import time\ntime.sleep(5)\n" + REFERENCE
    _write_problem(corpora, "001", **{"brute.py": BRUTE, "reference.py": slow})
    built, errors = build("mini")
    assert built == [] and errors == [
        "mini/001: the reference fails on generated input 0: timeout wall-clock limit reached"
    ]


def test_brute_force_must_cover_the_examples_and_enough_private_tests(corpora: Path) -> None:
    _write_problem(corpora, "001", **{"meta.json": json.dumps(META | {"brute_max_input_bytes": 8})})
    build("mini")
    assert any(
        "the brute force runs on 1 private tests and 0/1 public ones" in m
        for m in _messages(corpora)
    )


def test_bad_sources_and_input_are_named(corpora: Path) -> None:
    runner = CliRunner()
    _write_problem(corpora, "001", **{"statement.md": STATEMENT.replace("Note: ", "")})
    result = runner.invoke(app, ["corpus", "build", "mini"])
    assert result.exit_code == 1
    assert (
        "mini/001: statement.md line 33: Example 1 needs a paragraph starting with 'Note:'"
        in result.stdout
    )

    _write_problem(corpora, "001", **{"meta.json": '{"difficulty": "trivial"}'})
    assert (
        "must be one of ('easy', 'medium', 'hard')"
        in runner.invoke(app, ["corpus", "build", "mini"]).stdout
    )

    noisy = GENERATOR.replace("    return tests", "    print(tests)\n    return tests")
    _write_problem(corpora, "001", generator=noisy)
    result = runner.invoke(app, ["corpus", "build", "mini"])
    assert "generator 001.py printed to stdout; return inputs instead" in result.stdout

    result = runner.invoke(app, ["corpus", "validate", "nope"])
    assert result.exit_code == 2 and "unknown corpus 'nope'" in result.stderr
    result = runner.invoke(app, ["corpus", "build", "mini", "--problems", "042"])
    assert result.exit_code == 2 and "no authored problem '042'" in result.stderr
    (corpora / "sets" / "mini-all.txt").write_text("mini/001\nmini/404\n")
    _write_problem(corpora, "001")
    build("mini")
    assert _messages(corpora) == [
        "mini: set mini-all names mini/404, which the corpus does not have"
    ]


def test_humaneval_and_a_local_apps_copy_validate(tmp_path: Path) -> None:
    load_corpus.cache_clear()
    report = validate("humaneval", only=["humaneval/0", "humaneval/32", "humaneval/404"])
    assert [str(d) for d in report.defects] == [
        "humaneval/404: no such problem in corpus humaneval"
    ]
    assert report.problems == 2

    from test_sources_hub import APPS_ROWS

    path = tmp_path / "test.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in APPS_ROWS))
    report = validate(f"apps:{path}")
    assert report.defects == [] and report.problems == 2
