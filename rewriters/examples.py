"""`examples`: up to k more public tests shown as examples, deterministically, no model.

Call problems (HumanEval style): a public test of the form `assert candidate(ARGS) == X`
(also `is True/False/None`, `assert candidate(ARGS)` -> True, `assert not candidate(ARGS)`
-> False; X a literal) whose ARGS the docstring does not show yet becomes a
`>>> entry(ARGS)` / `repr(X)` pair, appended at the end of the entry point's docstring,
before the closing quotes, at the docstring's indentation. Everything else in the starter
code stays verbatim. Stdio problems (sectioned statements): a public test that is not an
example yet becomes a new `### Example N` with the note "An extra public test.".

A private test is never shown, and the checks prove it: every shown pair is rendered back
from a test listed in the provenance, and each of those is public.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any, ClassVar

from workbench.problems import Problem, Test, Variant
from workbench.rewritable import stdio_statement
from workbench.rewriting import NotApplicable, Rewriter, Tools
from workbench.statement_markdown import StatementError, StatementExample, render_body

NOTE = "An extra public test."
_BUILTINS = frozenset(dir(builtins))
_CALL_START = re.compile(r"[A-Za-z_]\w*\s*\(")
_NOTHING = object()  # "no exact expected value", distinct from an expected None

Pair = tuple[str, str]  # (call, expected) or (input, output), as shown


class Examples(Rewriter):
    name = "examples"
    uses_model = False
    k: ClassVar[int] = 3

    def applicable(self, problem: Problem) -> str | None:
        why = super().applicable(problem)
        if why:
            return why
        try:
            chosen = self.chosen(problem)
        except NotApplicable as exc:
            return str(exc)
        if not chosen:
            return self.nothing_left(problem)
        return None

    def nothing_left(self, problem: Problem) -> str:
        public = [problem.tests[i] for i in problem.public_tests]
        if problem.io == "call":
            entry = problem.entry_point or "candidate"
            odd = sum(call_pair(t, entry) is None for t in public)
        else:
            odd = sum(stdio_pair(t) is None for t in public)
        return (
            f"{problem.id}: no public test left to show ({len(public)} public: "
            f"{len(public) - odd} shown already, {odd} not of a form an example can show)"
        )

    def chosen(self, problem: Problem) -> list[tuple[int, Pair]]:
        """The first k public tests not shown yet, each with the pair it is shown as."""
        if problem.io == "call":
            shown = shown_calls(problem)
            entry = problem.entry_point or "candidate"
            render: Callable[[Test], Pair | None] = lambda t: call_pair(t, entry)  # noqa: E731
            # A call that does not parse back (an args-form test's odd repr) is its own key.
            key: Callable[[Pair], object] = lambda pair: call_key(pair[0]) or pair[0]  # noqa: E731
        else:
            shown = shown_stdio(problem)
            render, key = stdio_pair, stdio_key
        chosen: list[tuple[int, Pair]] = []
        for i in problem.public_tests:
            pair = render(problem.tests[i])
            if pair is None or key(pair) in shown:
                continue
            shown.add(key(pair))  # a later test with the same input counts as shown
            chosen.append((i, pair))
            if len(chosen) == self.k:
                break
        return chosen

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        chosen = self.chosen(problem)
        if not chosen:
            raise NotApplicable(self.nothing_left(problem))
        starter_code: str | None
        if problem.io == "call":
            statement = starter_code = with_examples(problem, [pair for _, pair in chosen])
        else:
            old = stdio_statement(problem)
            extra = tuple(StatementExample(inp, out, NOTE) for _, (inp, out) in chosen)
            statement = render_body(replace(old, examples=old.examples + extra))
            starter_code = problem.starter_code
        return Variant(
            problem_id=problem.id,
            variant=self.name,
            statement=statement,
            starter_code=starter_code,
            entry_point=problem.entry_point,
            provenance={"k": self.k, "tests": [i for i, _ in chosen]},
        )

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        tests = list(variant.provenance.get("tests", []))
        private = [i for i in tests if not problem.tests[i].public]
        results: dict[str, str | None] = {
            "only public tests shown": f"private tests {private} listed" if private else None
        }
        if problem.io == "call":
            return results | call_checks(problem, variant, tests)
        return results | stdio_checks(problem, variant, tests)


# --- call problems --------------------------------------------------------------------------


def starter(problem: Problem) -> str:
    return problem.starter_code or problem.statement


def docstring_node(problem: Problem, code: str) -> ast.Constant:
    """The entry point's docstring literal (NotApplicable when there is none)."""
    try:
        tree = ast.parse(code)
    except SyntaxError as exc:
        raise NotApplicable(f"{problem.id}: the starter code does not parse ({exc})") from None
    fn = next(
        (
            n
            for n in tree.body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and n.name == problem.entry_point
        ),
        None,
    )
    if fn is None:
        raise NotApplicable(f"{problem.id}: the starter code defines no {problem.entry_point}")
    if ast.get_docstring(fn) is None:
        raise NotApplicable(f"{problem.id}: the entry point {problem.entry_point} has no docstring")
    node = fn.body[0]
    assert isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    return node.value


def char_offset(code: str, lineno: int, col_bytes: int) -> int:
    """Offset in `code` of an `ast` position (1-based line, column in UTF-8 bytes)."""
    lines = code.split("\n")
    before = sum(len(ln) + 1 for ln in lines[: lineno - 1])
    return before + len(lines[lineno - 1].encode()[:col_bytes].decode())


def insertion_point(problem: Problem) -> tuple[int, str, bool]:
    """Where new examples go, their indentation (the docstring's), and whether the closing
    quotes stand alone on their line (else the examples start on a new line after the
    text and the quotes move to a line of their own)."""
    code = starter(problem)
    node = docstring_node(problem, code)
    assert node.end_lineno is not None and node.end_col_offset is not None
    start = char_offset(code, node.lineno, node.col_offset)
    end = char_offset(code, node.end_lineno, node.end_col_offset)
    if code[end - 3 : end] not in ('"""', "'''"):
        raise NotApplicable(f"{problem.id}: the docstring is not triple-quoted")
    close = end - 3
    line_start = code.rfind("\n", 0, close) + 1
    if not code[line_start:close].strip():
        return line_start, code[line_start:close], True
    return close, " " * (start - (code.rfind("\n", 0, start) + 1)), False


def with_examples(problem: Problem, pairs: list[Pair]) -> str:
    """The starter code with `>>> call` / `expected` lines at the end of the docstring."""
    code = starter(problem)
    at, indent, alone = insertion_point(problem)
    lines = "".join(f"{indent}>>> {call}\n{indent}{out}\n" for call, out in pairs)
    if not alone:
        lines = "\n" + lines + indent
    return code[:at] + lines + code[at:]


def call_pair(test: Test, entry: str) -> Pair | None:
    """(`entry(ARGS)`, repr of the expected value) for a test of a showable form, else None."""
    if test.code is None:
        if test.args is None:
            return None
        parts = [repr(a) for a in test.args] + [
            f"{k}={v!r}" for k, v in (test.kwargs or {}).items()
        ]
        return f"{entry}({', '.join(parts)})", repr(test.expected)
    try:
        module = ast.parse(test.code)
    except SyntaxError:
        return None
    *setup, last = module.body
    # Imports before the assert are harmless (HumanEval 53 imports `random` and never uses
    # it); any other set-up would be needed to read the call.
    if not isinstance(last, ast.Assert) or not all(
        isinstance(s, ast.Import | ast.ImportFrom) for s in setup
    ):
        return None
    call, expected = _call_and_expected(last.test)
    if expected is _NOTHING or not _self_contained_call(call):
        return None
    assert isinstance(call, ast.Call)
    shown = ast.Call(
        func=ast.Name(id=entry, ctx=ast.Load()), args=call.args, keywords=call.keywords
    )
    return ast.unparse(shown), repr(expected)


def _call_and_expected(test: ast.expr) -> tuple[ast.expr, Any]:
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return test.operand, False
    if isinstance(test, ast.Compare):
        if len(test.ops) != 1 or not isinstance(test.ops[0], ast.Eq | ast.Is):
            return test, _NOTHING  # `abs(candidate(x) - y) < eps` and the like: not exact
        try:
            value = ast.literal_eval(test.comparators[0])
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return test.left, _NOTHING  # an expression, e.g. `tuple(sort_third(x))`
        if isinstance(test.ops[0], ast.Is) and not any(value is v for v in (True, False, None)):
            return test.left, _NOTHING
        return test.left, value
    return test, True  # `assert candidate(x)`


def _self_contained_call(node: ast.expr) -> bool:
    """A direct call of the candidate whose arguments use no name but builtins."""
    return (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "candidate"
        and all(
            n.id in _BUILTINS
            for part in [*node.args, *node.keywords]
            for n in ast.walk(part)
            if isinstance(n, ast.Name)
        )
    )


def call_key(call: str) -> str | None:
    """A call's arguments, ignoring the callee's name and the spacing (HumanEval 81 shows
    `grade_equation(...)` for `numerical_letter_grade`); None when it is no call."""
    try:
        node = ast.parse(call.strip(), mode="eval").body
    except SyntaxError:
        return None
    if not isinstance(node, ast.Call):
        return None
    return "|".join(ast.dump(a) for a in [*node.args, *node.keywords])


def calls_in(text: str) -> set[object]:
    """Keys of every `name(...)` call written in a text (docstring examples of any style)."""
    found: set[object] = set()
    for line in text.splitlines():
        closes = [i for i, c in enumerate(line) if c == ")"]
        for m in _CALL_START.finditer(line):
            # The longest piece from the name to a closing parenthesis that reads as a call.
            for close in reversed([c for c in closes if c > m.start()]):
                key = call_key(line[m.start() : close + 1])
                if key is not None:
                    found.add(key)
                    break
    return found


def shown_calls(problem: Problem) -> set[object]:
    """The calls the statement shows already: in the docstring and in `examples`."""
    shown = calls_in(str(docstring_node(problem, starter(problem)).value))
    for example in problem.examples:
        shown |= calls_in(example.input)
    return shown


def _outside_docstring(problem: Problem, code: str) -> str:
    """The syntax tree of `code` with the entry point's docstring blanked out."""
    tree = ast.parse(code)
    for node in tree.body:
        if (
            isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
            and node.name == problem.entry_point
            and ast.get_docstring(node) is not None
        ):
            node.body[0] = ast.Pass()
    return ast.dump(tree)


def call_checks(problem: Problem, variant: Variant, tests: list[int]) -> dict[str, str | None]:
    new, code = variant.starter_code or "", starter(problem)
    try:
        ast.parse(new)
    except SyntaxError as exc:
        return {"starter code parses": f"{exc.msg} (line {exc.lineno})"}
    at, _, _ = insertion_point(problem)
    kept = new.startswith(code[:at]) and new.endswith(code[at:]) and len(new) > len(code)
    added = new[at : len(new) - len(code) + at] if kept else ""
    lines = [ln.strip() for ln in added.splitlines() if ln.strip()]
    got = list(zip(lines[::2], lines[1::2], strict=False))
    entry = problem.entry_point or "candidate"
    want = [call_pair(problem.tests[i], entry) for i in tests]
    return {
        "starter code parses": None,
        "statement is the starter code": None if variant.statement == new else "they differ",
        "signature and docstring text kept": (
            None if kept else "the new code is not the original with lines inserted"
        ),
        "code outside the docstring unchanged": (
            None
            if _outside_docstring(problem, new) == _outside_docstring(problem, code)
            else "the syntax tree changed"
        ),
        "shown examples are the listed tests": (
            None
            if len(lines) % 2 == 0
            and all(c.startswith(">>> ") for c, _ in got)
            and [(c[4:], o) for c, o in got] == want
            else f"shown {got}, listed tests render as {want}"
        ),
    }


# --- stdio problems -------------------------------------------------------------------------


def stdio_pair(test: Test) -> Pair | None:
    """A test as an example's (input, output) blocks; None when a block would be empty or
    would break the Markdown (a line starting with a fence)."""
    if test.input is None or test.output is None:
        return None
    blocks = []
    for text in (test.input, test.output):
        if not text.strip() or any(ln.startswith("```") for ln in text.splitlines()):
            return None
        blocks.append(text if text.endswith("\n") else text + "\n")
    return blocks[0], blocks[1]


def stdio_key(pair: Pair) -> object:
    """An (input, output) pair, whitespace at line ends and blank lines at the end ignored."""
    return tuple(tuple(ln.rstrip() for ln in text.rstrip().splitlines()) for text in pair)


def shown_stdio(problem: Problem) -> set[object]:
    try:
        statement = stdio_statement(problem)
    except StatementError as exc:
        raise NotApplicable(f"{problem.id}: the statement has no sections ({exc})") from None
    shown = {stdio_key((e.input, e.output)) for e in statement.examples}
    return shown | {stdio_key((e.input, e.output)) for e in problem.examples}


def stdio_checks(problem: Problem, variant: Variant, tests: list[int]) -> dict[str, str | None]:
    try:
        new = stdio_statement(replace(problem, statement=variant.statement))
    except StatementError as exc:
        return {"statement parses": str(exc)}
    old = stdio_statement(problem)
    kept = (new.legend, new.input, new.output) == (old.legend, old.input, old.output)
    n = len(old.examples)
    want = [stdio_pair(problem.tests[i]) for i in tests]
    got = [(e.input, e.output) for e in new.examples[n:]]
    return {
        "statement parses": None,
        "story, formats and examples kept": (
            None if kept and new.examples[:n] == old.examples else "a section changed"
        ),
        "new examples are the listed tests": (
            None
            if got == want and all(e.note == NOTE for e in new.examples[n:])
            else "the added examples differ from the listed tests"
        ),
    }
