"""The prelude of a call problem: its starter code made into helpers that always compile.

Tests written as code run after the problem's starter (in the sandbox, and again in the
parent's grader), because HumanEval starters define helpers the tests use. APPS and
LeetCode starters are often a bare signature (`def solve(n):`, or `class Solution:` with
a body-less `def twoSum(self, nums, target):`), which does not compile; run as is it
would turn every test into a sandbox error and the program would never be scored.

`prelude_for` gives each body-less `def`/`class` header a `pass` body (the rest of the
starter, real helper code, is kept as written) and then removes the entry point's own
definition: the program supplies it, so the prelude never defines it (a top-level
`def ENTRY` and a top-level `class Solution` that defines ENTRY are blanked out, line
numbers kept). A starter that still does not compile raises `StarterError`: the problem
is unrunnable, and is named as such before anything runs.
"""

from __future__ import annotations

import ast
import re
from functools import lru_cache

from workbench.errors import WorkbenchError
from workbench.problems import Problem

# Python 3.10+: "expected an indented block after function definition on line 3". Only
# definitions are completed: an `if x:` without a body is not a signature, but a defect.
_MISSING_BODY = re.compile(
    r"expected an indented block after (?:function|class) definition on line (\d+)"
)
_MAX_REPAIRS = 100


class StarterError(WorkbenchError, ValueError):
    """A starter that cannot be made into a prelude that compiles."""


@lru_cache(maxsize=1024)
def prelude_for(starter: str | None, entry_point: str | None) -> str:
    """The starter as a prelude: bare headers completed, the entry point removed.
    Raises StarterError when no prelude that compiles can be made from it."""
    if not starter or not starter.strip():
        return ""
    lines = _completed(starter.splitlines())
    text = "\n".join(_without_entry(lines, entry_point)) + "\n"
    try:
        compile(text, "<prelude>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError) as exc:  # e.g. `return` outside a function
        raise StarterError(_describe(exc)) from None
    return text


def unrunnable(problem: Problem) -> str | None:
    """Why `problem` cannot be run, in one line, or None. Only tests written as code run
    the starter, so a broken starter matters only to a problem that has them."""
    if not any(t.code is not None for t in problem.tests):
        return None
    try:
        prelude_for(problem.starter_code, problem.entry_point)
    except StarterError as exc:
        return unrunnable_detail(exc)
    return None


def unrunnable_detail(exc: StarterError) -> str:
    return f"unrunnable: its starter code does not compile ({exc})"


def _completed(lines: list[str]) -> list[str]:
    """Give every header that has no body a `pass` body, one parse error at a time."""
    lines = list(lines)
    for _ in range(_MAX_REPAIRS):
        try:
            ast.parse("\n".join(lines) + "\n")
            return lines
        except SyntaxError as exc:
            found = _MISSING_BODY.search(exc.msg or "")
            if found is None or exc.lineno is None:
                raise StarterError(_describe(exc)) from None
            header = int(found.group(1))
            indent = _indent(lines[header - 1]) if 0 < header <= len(lines) else ""
            lines.insert(_body_position(lines, header, exc), indent + _step(indent) + "pass")
    raise StarterError("too many definitions without a body")


def _body_position(lines: list[str], header: int, exc: SyntaxError) -> int:
    """Where the missing body goes: after the whole header, however many lines it spans.
    The error points at the token that should have been indented (the next statement:
    the body goes before it, above any blank lines) or, at the end of the source, past
    the end of the header's last line (the body goes after that line)."""
    at = min(max((exc.lineno or 1) - 1, header), len(lines))
    if at < len(lines) and (exc.offset or 0) > len(_indent(lines[at])) + 1:
        return at + 1  # past the first token of that line: it is the header's end
    while at > header and not lines[at - 1].strip():
        at -= 1
    return at


def _step(indent: str) -> str:
    return "\t" if "\t" in indent else "    "


def _without_entry(lines: list[str], entry_point: str | None) -> list[str]:
    if not entry_point:
        return lines
    module = ast.parse("\n".join(lines) + "\n")
    out = list(lines)
    for node in module.body:
        if _defines(node, entry_point):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])  # type: ignore[attr-defined]
            for n in range(first - 1, node.end_lineno or node.lineno):
                out[n] = ""
    return out


def _defines(node: ast.stmt, name: str) -> bool:
    if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
        return node.name == name
    if isinstance(node, ast.ClassDef) and node.name == "Solution":
        return any(_defines(child, name) for child in node.body)
    return False


def _indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def _describe(exc: SyntaxError | ValueError) -> str:
    if isinstance(exc, SyntaxError):
        where = f" (line {exc.lineno})" if exc.lineno else ""
        return f"{exc.msg}{where}"
    return str(exc)
