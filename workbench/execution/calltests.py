"""Call tests, graded in the parent.

A call test is code that asserts things about `candidate(...)`. The sandboxed child
gets a *stripped* copy: every assert reduced to the candidate calls inside it (so the
expected values never enter the sandbox), and set-up that only fed the asserts removed.
It reports, as plain data, what each call returned. The parent then runs the original
test code itself, trusted, with `candidate` replaced by a replayer that hands back those
recorded values: an `__eq__` trick, a patched builtin or an early `exit(0)` inside the
child changes nothing here.
"""

from __future__ import annotations

import ast
import copy
import random
from functools import lru_cache
from types import CodeType
from typing import Any

from workbench.execution.codec import Unserializable, decode, encode
from workbench.execution.mutation import apply_after
from workbench.execution.prelude import prelude_for
from workbench.execution.values import values_equal
from workbench.problems import Outcome, Problem, Test

CALLEE_NAMES = ("candidate",)
_SCOPES = (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp, ast.DictComp)


def _is_candidate_call(node: ast.AST, names: frozenset[str]) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in names


def _outermost_calls(expr: ast.expr, names: frozenset[str]) -> tuple[list[ast.expr], bool]:
    """The candidate calls of an expression not nested in another one, and whether any
    call sits inside a comprehension or lambda (so it cannot be lifted out)."""
    calls: list[ast.expr] = []
    scoped = False

    def visit(node: ast.AST, in_scope: bool) -> None:
        nonlocal scoped
        if _is_candidate_call(node, names):
            calls.append(node)  # type: ignore[arg-type]
            scoped = scoped or in_scope
            return
        for child in ast.iter_child_nodes(node):
            visit(child, in_scope or isinstance(node, _SCOPES))

    visit(expr, False)
    return calls, scoped


class _StripAsserts(ast.NodeTransformer):
    def __init__(self, names: frozenset[str]) -> None:
        self.names = names

    def visit_Assert(self, node: ast.Assert) -> ast.stmt:
        calls, scoped = _outermost_calls(node.test, self.names)
        if not calls:
            return ast.Pass()
        if not scoped:
            return ast.Expr(ast.Tuple(elts=calls, ctx=ast.Load()))
        loop = self._comprehension_as_loop(node.test)
        if loop is not None:  # `all(candidate(x) == y for x, y in table)` -> a for loop
            return self.visit(loop)
        # Calls bound to variables of a nested comprehension: evaluate the expression whole
        # (its expected values stay in the sandbox; the verdict is still the parent's).
        return ast.Expr(node.test)

    def _comprehension_as_loop(self, test: ast.expr) -> ast.For | None:
        if not (
            isinstance(test, ast.Call)
            and isinstance(test.func, ast.Name)
            and test.func.id in ("all", "any")
            and len(test.args) == 1
        ):
            return None
        comp = test.args[0]
        if not isinstance(comp, ast.GeneratorExp | ast.ListComp) or len(comp.generators) != 1:
            return None
        gen = comp.generators[0]
        if gen.ifs or gen.is_async:
            return None
        body = ast.Assert(test=comp.elt, msg=None)
        return ast.For(target=gen.target, iter=gen.iter, body=[body], orelse=[])

    def visit_For(self, node: ast.For) -> ast.For:
        self.generic_visit(node)
        _blank_unused_columns(node)
        return node


def _blank_unused_columns(loop: ast.For) -> None:
    """In `for a, b, want in [(1, 2, 3), ...]` whose body no longer reads `want` (its
    assert was stripped), replace that column of the literal table with None."""
    target, rows = loop.target, loop.iter
    if not (isinstance(target, ast.Tuple) and isinstance(rows, ast.List | ast.Tuple)):
        return
    if not all(isinstance(t, ast.Name) for t in target.elts):
        return
    width = len(target.elts)
    if not all(isinstance(r, ast.Tuple | ast.List) and len(r.elts) == width for r in rows.elts):
        return
    read = {
        n.id
        for stmt in loop.body
        for n in ast.walk(stmt)
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
    }
    for column, name in enumerate(target.elts):
        if name.id not in read:  # type: ignore[attr-defined]
            for row in rows.elts:
                row.elts[column] = ast.Constant(None)  # type: ignore[attr-defined]


def _drop_dead_assignments(module: ast.Module) -> None:
    """Remove top-level assignments whose names nothing reads any more (after the asserts
    were stripped these are typically the expected values)."""
    while True:
        loaded = {
            n.id
            for n in ast.walk(module)
            if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        }
        keep = []
        for stmt in module.body:
            targets = stmt.targets if isinstance(stmt, ast.Assign) else None
            if (
                targets
                and all(isinstance(t, ast.Name) and t.id not in loaded for t in targets)
                and _pure(stmt.value)  # type: ignore[attr-defined]
            ):
                continue
            keep.append(stmt)
        if len(keep) == len(module.body):
            return
        module.body = keep


_PURE_CALLS = frozenset(
    {
        "abs",
        "all",
        "any",
        "bool",
        "dict",
        "float",
        "int",
        "len",
        "list",
        "max",
        "min",
        "range",
        "reversed",
        "round",
        "set",
        "sorted",
        "str",
        "sum",
        "tuple",
        "zip",
    }
)


def _pure(expr: ast.expr) -> bool:
    """No calls but to side-effect-free builtins: dropping it cannot shift a random stream."""
    return all(
        isinstance(n.func, ast.Name) and n.func.id in _PURE_CALLS
        for n in ast.walk(expr)
        if isinstance(n, ast.Call)
    )


@lru_cache(maxsize=8192)
def child_code(code: str, entry_point: str) -> str:
    """The copy of a test that the sandbox sees: calls kept, expectations removed."""
    module = ast.parse(code)
    names = frozenset((*CALLEE_NAMES, entry_point))
    module = _StripAsserts(names).visit(module)
    _drop_dead_assignments(module)
    ast.fix_missing_locations(module)
    return ast.unparse(module)


class _NoMessages(ast.NodeTransformer):
    def visit_Assert(self, node: ast.Assert) -> ast.Assert:
        node.msg = None  # a message could call the candidate again; we write our own
        return node


@lru_cache(maxsize=8192)
def _parent_code(code: str) -> tuple[CodeType, tuple[str, ...]]:
    module = _NoMessages().visit(ast.parse(code))
    ast.fix_missing_locations(module)
    return compile(module, "<test>", "exec"), tuple(code.splitlines())


@lru_cache(maxsize=1024)
def _starter_code(starter: str | None, entry_point: str | None) -> CodeType:
    return compile(prelude_for(starter, entry_point), "<starter>", "exec")


def starter_namespace(starter: str | None, entry_point: str | None) -> dict[str, Any]:
    """The problem's own helpers (trusted), as the sandbox's prelude has them. Run afresh
    for every test: a test may hand a helper's list to the program, which may change it."""
    namespace: dict[str, Any] = {"__name__": "grader"}
    exec(_starter_code(starter, entry_point), namespace)
    return namespace


class CandidateRaised(BaseException):
    """The program raised inside a call; re-raised during the replay."""

    def __init__(self, info: dict[str, Any]) -> None:
        super().__init__(info)
        self.info = info


class ReplayMismatch(BaseException):
    """The replay needed a call the sandboxed run did not make (or could not report)."""


class Replayer:
    """Stands in for the candidate function in the parent: returns recorded values, and
    leaves in the arguments it is given what the program left in them (`mutation.py`).
    `strict`: an argument the program filled with something that is not plain data
    fails the test (its code may look at it); args-form tests never look."""

    def __init__(self, calls: list[dict[str, Any]], strict: bool = True) -> None:
        self.calls = calls
        self.used = [False] * len(calls)
        self.strict = strict

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        try:
            key: Any = encode([list(args), kwargs])
        except (Unserializable, RecursionError, ValueError):
            key = None
        index = self._find(key)
        self.used[index] = True
        record = self.calls[index]
        if "raised" in record:
            raise CandidateRaised(record["raised"])
        if "unserializable" in record:
            raise ReplayMismatch(f"the function {record['unserializable']}")
        if "args_after_unserializable" in record and self.strict:
            raise ReplayMismatch(
                "the function left what is not plain data in its arguments: "
                f"{str(record['args_after_unserializable'])[:200]}"
            )
        if "args_after" in record:
            try:
                apply_after(args, kwargs, record["args_after"])
            except (ValueError, TypeError, RecursionError) as exc:
                raise ReplayMismatch(f"unreadable argument state: {exc}") from None
        return decode(record["value"])

    def _find(self, key: Any) -> int:
        unused = [i for i, used in enumerate(self.used) if not used]
        for i in unused:  # in order, but tolerant of short-circuit differences
            recorded = self.calls[i].get("args")
            if key is None or recorded is None or recorded == key:
                return i
        if unused and key is not None:
            raise ReplayMismatch("the program's process changed the test's inputs")
        raise ReplayMismatch("the program stopped before the test made all its calls")


def test_seed(index: int, code: str | None) -> int | None:
    """Seed of the global `random` for test `index`, the same in child and parent, so
    that tests drawing random inputs draw the same ones in both; None for the (many)
    tests that draw none, which then skip the seeding."""
    return 10_007 + index if code is not None and "random" in code else None


def grade_call(
    problem: Problem, test: Test, index: int, frame: dict[str, Any]
) -> tuple[Outcome, str]:
    calls = frame.get("calls")
    if not isinstance(calls, list) or not all(_well_formed(c) for c in calls):
        # Only the program itself can have written this on its result channel.
        return Outcome.WRONG_ANSWER, "malformed result data from the program's process"
    if test.code is None:
        return _grade_args(test, calls)
    return _replay(problem, test.code, index, calls)


def _well_formed(record: Any) -> bool:
    if not isinstance(record, dict) or "args" not in record:
        return False
    if "raised" in record:
        return isinstance(record["raised"], dict)
    if "unserializable" in record:
        return isinstance(record["unserializable"], str)
    return "value" in record


def _grade_args(test: Test, calls: list[dict[str, Any]]) -> tuple[Outcome, str]:
    # Copies: the program's changes to its arguments are replayed into them, and the
    # problem's own test data must stay as it is for the next program.
    args, kwargs = copy.deepcopy((test.args or (), test.kwargs or {}))
    try:
        got = Replayer(calls, strict=False)(*args, **kwargs)
    except CandidateRaised as exc:
        return raised_outcome(exc.info)
    except (ReplayMismatch, ValueError, TypeError) as exc:
        return Outcome.WRONG_ANSWER, str(exc)
    expected = test.expected
    if values_equal(got, expected):
        return Outcome.PASSED, ""
    # APPS wraps some single expected values in a list: accept either form, as its harness does.
    if isinstance(expected, list) and len(expected) == 1 and values_equal(got, expected[0]):
        return Outcome.PASSED, ""
    return Outcome.WRONG_ANSWER, f"expected {_short(expected)}, got {_short(got)}"


def _replay(
    problem: Problem, code: str, index: int, calls: list[dict[str, Any]]
) -> tuple[Outcome, str]:
    compiled, lines = _parent_code(code)
    try:
        namespace = starter_namespace(problem.starter_code, problem.entry_point)
    except Exception as exc:
        return Outcome.SANDBOX_ERROR, f"the problem's starter code fails in the grader: {exc!r}"
    replayer = Replayer(calls)
    namespace["candidate"] = replayer
    if problem.entry_point:
        namespace[problem.entry_point] = replayer
    seed = test_seed(index, code)
    state = random.getstate() if seed is not None else None
    if seed is not None:
        random.seed(seed)
    try:
        exec(compiled, namespace)
    except AssertionError as exc:
        line = _line_of(exc, lines)
        return Outcome.WRONG_ANSWER, f"failed: {line}" if line else "assertion failed"
    except CandidateRaised as exc:
        return raised_outcome(exc.info)
    except ReplayMismatch as exc:
        return Outcome.WRONG_ANSWER, str(exc)
    except Exception as exc:  # trusted test code choked on the returned value
        return Outcome.WRONG_ANSWER, f"the test could not use the returned value: {exc!r}"[:300]
    finally:
        if state is not None:
            random.setstate(state)
    return Outcome.PASSED, ""


def raised_outcome(info: dict[str, Any]) -> tuple[Outcome, str]:
    exc = str(info.get("exc", "Exception"))
    where = f" ({info['where']})" if info.get("where") else ""
    detail = f"{exc}: {info.get('msg', '')}".rstrip(": ") + where
    if exc == "MemoryError" or info.get("memory") is True:  # OSError ENOMEM too (mmap)
        return Outcome.MEMORY_LIMIT, detail
    return Outcome.RUNTIME_ERROR, detail


def _line_of(exc: BaseException, lines: tuple[str, ...]) -> str:
    tb = exc.__traceback__
    lineno = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == "<test>":
            lineno = tb.tb_lineno
        tb = tb.tb_next
    if lineno and 0 < lineno <= len(lines):
        return lines[lineno - 1].strip()[:300]
    return ""


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 120 else text[:117] + "..."
