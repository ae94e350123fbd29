"""`renamed`: a call problem whose entry point and parameters carry neutral names (`f`;
`a`, `b`, ...), so that a model cannot lean on a familiar name. Deterministic, no model.

Every identifier the syntax tree names `old` (variable, parameter, function, keyword given to
a function the code defines) becomes `new` in every function; other functions keep their
names. In docstrings and comments only mentions that are code follow (`>>> old(..)` lines,
`snake_case`, `arr[i]`, ...): a parameter named like an English word (`numbers`, `n`) stays
in the prose, which still reads the same. New names skip every identifier of the starter code
and reference solutions. Tests that name the entry point or pass a keyword: not applicable.
"""

from __future__ import annotations

import ast
import contextlib
import itertools
import re
import string
import tokenize
from collections.abc import Collection
from dataclasses import replace
from io import StringIO
from typing import Any

from workbench.execution import Executor
from workbench.problems import Problem, Variant
from workbench.rewriting import NotApplicable, Rejected, Rewriter, Tools

ENTRY = "f"
# Parameters get a, b, c, ... but never the entry point's new name.
LETTERS = [c for c in string.ascii_lowercase if c != ENTRY]
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef)


class Renamed(Rewriter):
    name = "renamed"
    uses_model = False
    io = "call"

    def applicable(self, problem: Problem) -> str | None:
        try:
            neutral_names(problem)
        except NotApplicable as exc:
            return super().applicable(problem) or str(exc)
        return super().applicable(problem)

    def build(self, problem: Problem, answers: dict[str, str], tools: Tools) -> Variant:
        names = neutral_names(problem)
        try:
            code = rename_code(problem.starter_code or "", names)
        except (SyntaxError, tokenize.TokenError) as exc:  # ast parsed it, tokenize may not
            raise Rejected("renaming", str(exc)) from None
        return Variant(
            problem_id=problem.id,
            variant=self.name,
            statement=code,
            starter_code=code,
            entry_point=ENTRY,
            provenance={"names": names},
        )

    def checks(self, problem: Problem, variant: Variant, tools: Tools) -> dict[str, str | None]:
        names: dict[str, str] = dict(variant.provenance["names"])
        new = variant.starter_code or ""
        try:
            tree = ast.parse(new)
        except SyntaxError as exc:
            return {"the code parses": f"{exc.msg} (line {exc.lineno})"}
        # A swap (b -> a, a -> b) leaves `a` in the code by design; every other old name goes.
        left = sorted(old_names_left(new, tree, set(names) - set(names.values())))
        expected = ast.dump(_RenameTree(names).visit(ast.parse(problem.starter_code or "")))
        same = ast.dump(tree) == expected
        results: dict[str, str | None] = {
            "the code parses": None,
            "statement is the code": None if variant.statement == new else "they differ",
            "entry point is f": None if variant.entry_point == ENTRY else variant.entry_point,
            "no old name left": f"still there: {', '.join(left)}" if left else None,
            "structure unchanged": None if same else "the renamed syntax tree differs",
        }
        if tools.executor is not None and problem.solutions:
            results["renamed reference passes"] = reference_fails(problem, names, tools.executor)
        return results


def old_names_left(code: str, tree: ast.Module, gone: set[str]) -> set[str]:
    """The old names `code` uses as identifiers or mentions as code (not as plain words)."""
    found = identifiers(tree) | {k.arg or "" for k in ast.walk(tree) if isinstance(k, ast.keyword)}
    texts = [str(d.value) for d in _docstrings(tree)]
    with contextlib.suppress(SyntaxError, tokenize.TokenError):  # rare once ast parsed it
        tokens = tokenize.generate_tokens(StringIO(code).readline)
        texts += [t.string for t in tokens if t.type == tokenize.COMMENT]
    for text in texts:
        found.update(text[s:e] for s, e in mentions(text, gone))
    return found & gone


# In a line of code: a string literal (data: a name in it stays), a comment (prose), a word.
_CODE = re.compile(r"""(?P<str>'(?:\\.|[^'\\])*'?|"(?:\\.|[^"\\])*"?)|(?P<note>#.*)|\w+""")
# In prose: a span in backticks, the arguments of a call of an old name (not any call's:
# in `g(n) = n!` the `n` is mathematics, a plain word).
_CODE_IN_PROSE = re.compile(r"`(?P<b>[^`']*)`|(?P<fn>\w+)\((?P<a>[^()]*)\)")
_QUOTES = ("`", "'", '"')


def code_like(name: str) -> bool:
    """snake_case, camelCase or with a digit: no English word is written so."""
    return "_" in name or any(c.isdigit() or c.isupper() for c in name[1:])


def mentions(text: str, names: Collection[str]) -> list[tuple[int, int]]:
    """Where a docstring or comment mentions an old name as code: in doctest lines and lines
    that start with a call of an old name (`old(x) ==> y`), any name outside strings; in prose,
    a code-like name, one in quotes, one followed by `(`, `[` or `.attr`, an argument of a call
    of an old name. A plain word (`numbers`, `n`) is English: it stays. (A doctest's output is
    a value: only code-like names count there.)"""
    spans: list[tuple[int, int]] = []
    at, output = 0, False
    for line in text.split("\n"):
        head = line.lstrip()
        doctest = head.startswith((">>>", "..."))
        if doctest or any(head.startswith(n + "(") for n in names):
            spans += _in_code(line, names, at)
        elif output and head:
            spans += [(s, e) for s, e in _in_prose(line, names, at) if code_like(text[s:e])]
        else:
            spans += _in_prose(line, names, at)
        output = (doctest or output) and bool(head)
        at += len(line) + 1
    return spans


def _in_code(line: str, names: Collection[str], at: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for m in _CODE.finditer(line):
        if m.group("note"):
            spans += _in_prose(m.group(), names, at + m.start())
        elif m.group() in names and not line[: m.start()].endswith("."):  # not an attribute
            spans.append((at + m.start(), at + m.end()))
    return spans


def _in_prose(line: str, names: Collection[str], at: int) -> list[tuple[int, int]]:
    if not names:
        return []
    calls = _CODE_IN_PROSE.finditer(line)
    code = [m.span("a" if m["fn"] else "b") for m in calls if m["fn"] in (None, *names)]
    spans = []
    words = "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
    for m in re.finditer(rf"(?<!\w)(?:{words})(?!\w)", line):
        s, e = m.span()
        quoted = line[:s].endswith(_QUOTES) and line[e:].startswith(_QUOTES)
        used = re.match(r"[(\[]|\.[A-Za-z_]", line[e:])  # `old(`, `old[`, `old.attr`
        if code_like(m.group()) or quoted or used or any(a <= s and e <= b for a, b in code):
            spans.append((at + s, at + e))
    return spans


def rename_text(text: str, names: dict[str, str]) -> str:
    """`text` (a docstring or comment) with its code mentions of old names renamed."""
    return _edited(text, {s: (e, names[text[s:e]]) for s, e in mentions(text, names)})


def _edited(text: str, edits: dict[int, tuple[int, str]]) -> str:
    """`text` with each span start -> (end, replacement) of `edits` replaced."""
    out, pos = [], 0
    for start in sorted(edits):
        out += [text[pos:start], edits[start][1]]
        pos = edits[start][0]
    return "".join(out) + text[pos:]


# --- choosing the names ---------------------------------------------------------------------


def entry_function(problem: Problem, tree: ast.Module) -> ast.FunctionDef | ast.AsyncFunctionDef:
    for node in tree.body:
        if isinstance(node, _DEFS) and node.name == problem.entry_point:
            return node
    raise NotApplicable(f"{problem.id}: the starter code defines no {problem.entry_point}")


def parameters(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    a = fn.args
    every = [*a.posonlyargs, *a.args, a.vararg, *a.kwonlyargs, a.kwarg]
    return [p.arg for p in every if p is not None]


def identifiers(tree: ast.AST) -> set[str]:
    """Every name a piece of code binds or reads (not attributes: they cannot clash)."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            found.add(node.id)
        elif isinstance(node, ast.arg):
            found.add(node.arg)
        elif isinstance(node, (*_DEFS, ast.ClassDef)):
            found.add(node.name)
        elif isinstance(node, ast.alias):
            found.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.Global | ast.Nonlocal):
            found.update(node.names)
        elif isinstance(node, ast.ExceptHandler | ast.MatchAs | ast.MatchStar) and node.name:
            found.add(node.name)
    return found


def neutral_names(problem: Problem) -> dict[str, str]:
    """{old: new} for the entry point and its parameters (NotApplicable with the reason
    when the problem cannot be renamed and still be scored)."""
    if problem.io != "call" or not problem.starter_code:
        raise NotApplicable(f"{problem.id}: renamed needs a call problem with starter code")
    try:
        tree = ast.parse(problem.starter_code)
        solutions = [ast.parse(s) for s in problem.solutions]
    except SyntaxError as exc:
        raise NotApplicable(f"{problem.id}: the code does not parse ({exc})") from None
    params = parameters(entry_function(problem, tree))
    old = [problem.entry_point or "", *params]
    _scorable(problem, old)
    in_use = identifiers(tree).union(*(identifiers(s) for s in solutions))
    for t in (tree, *solutions):
        clash = _unsafe_uses(t, set(old), shown=t is tree)
        if clash:
            raise NotApplicable(f"{problem.id}: {clash}, which renaming would break")
    taken = in_use - set(old)
    if ENTRY in taken:
        raise NotApplicable(f"{problem.id}: the code already uses the name {ENTRY}")
    free = iter(c for c in LETTERS if c not in taken)
    return {old[0]: ENTRY} | {p: next(free) for p in params}


def _scorable(problem: Problem, old: list[str]) -> None:
    """Tests name the function `candidate`; one that names it by its own name, or passes a
    renamed parameter by keyword, would fail against the renamed function."""
    entry, params = old[0], set(old[1:])
    for i, test in enumerate(problem.tests):
        at = f"{problem.id}: test {i}"
        if test.kwargs and params & set(test.kwargs):
            raise NotApplicable(f"{at} passes a parameter by keyword")
        if test.code is None:
            continue
        try:
            tree = ast.parse(test.code)
        except SyntaxError:
            raise NotApplicable(f"{at} does not parse") from None
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == entry:
                raise NotApplicable(f"{at} calls the entry point by its name {entry}")
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("candidate", entry)
                and any(k.arg in params for k in node.keywords)
            ):
                keywords = ", ".join(sorted(k.arg or "" for k in node.keywords))
                raise NotApplicable(f"{at} passes a parameter by keyword ({keywords})")


def _unsafe_uses(tree: ast.Module, old: set[str], shown: bool) -> str | None:
    """An old name used where an identifier rename cannot follow it: as an imported name
    (the import would keep it, its uses would not). In the code shown (the starter code),
    also as an attribute, a keyword of a function defined elsewhere, or as code in a string
    literal: it would stay, or change what the code does. (A reference solution may keep
    such mentions: it is only run, never shown.)"""
    local = {n.name for n in ast.walk(tree) if isinstance(n, _DEFS)}
    docs = {id(d) for d in _docstrings(tree)}
    for node in ast.walk(tree):
        if isinstance(node, ast.alias) and (node.asname or node.name).split(".")[0] in old:
            return f"it imports a name {node.asname or node.name}"
        if not shown:
            continue
        if isinstance(node, ast.Attribute) and node.attr in old:
            return f"it uses an attribute named {node.attr}"
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) not in local:
            for k in node.keywords:
                if k.arg in old:
                    return f"it passes {k.arg}= to a function it does not define"
        if (
            isinstance(node, ast.Constant)
            and id(node) not in docs
            and mentions(str(node.value), old)
        ):
            return "a string literal (not a docstring) mentions a renamed name as code"
    return None


def _docstrings(tree: ast.Module) -> list[ast.Constant]:
    kinds = (ast.Module, ast.ClassDef, *_DEFS)
    docs = [n.body[0] for n in ast.walk(tree) if isinstance(n, kinds) and ast.get_docstring(n)]
    return [d.value for d in docs if isinstance(d, ast.Expr) and isinstance(d.value, ast.Constant)]


# --- renaming -------------------------------------------------------------------------------


def rename_code(code: str, names: dict[str, str]) -> str:
    """`code` with every identifier in `names` renamed and the code mentions in its
    docstrings and comments too; the rest of the text is kept byte for byte."""
    names = {o: n for o, n in names.items() if o != n}
    if not names:
        return code
    tree = ast.parse(code)
    lines = code.split("\n")
    # Offsets of line starts; ast columns count UTF-8 bytes, tokenize columns characters.
    starts = list(itertools.accumulate((len(ln) + 1 for ln in lines), initial=0))

    def at(row: int, col: int, in_bytes: bool = True) -> int:
        line = lines[row - 1]
        return starts[row - 1] + (len(line.encode()[:col].decode()) if in_bytes else col)

    edits: dict[int, tuple[int, str]] = {}  # start -> (end, replacement)
    local = {n.name for n in ast.walk(tree) if isinstance(n, _DEFS)}
    for node in ast.walk(tree):
        spots = [(node.lineno, node.col_offset, node.id)] if isinstance(node, ast.Name) else []
        if isinstance(node, ast.arg):
            spots = [(node.lineno, node.col_offset, node.arg)]
        elif isinstance(node, ast.Call) and getattr(node.func, "id", None) in local:
            spots = [(k.lineno, k.col_offset, k.arg or "") for k in node.keywords]
        for row, col, old in spots:
            start = at(row, col)
            if old in names and code[start : start + len(old)] == old:
                edits[start] = (start + len(old), names[old])
    docs = [
        (at(d.lineno, d.col_offset), at(d.end_lineno or 0, d.end_col_offset or 0))
        for d in _docstrings(tree)
    ]
    after_def = False
    for tok in tokenize.generate_tokens(StringIO(code).readline):
        start, end = at(*tok.start, in_bytes=False), at(*tok.end, in_bytes=False)
        if tok.type == tokenize.NAME and after_def and tok.string in names:
            edits[start] = (end, names[tok.string])
        elif tok.type == tokenize.COMMENT:
            edits[start] = (end, rename_text(tok.string, names))
        elif tok.type == tokenize.STRING and any(a <= start < b for a, b in docs):
            # Only the text between the quotes: it is what the docstring's value holds.
            q = 3 if tok.string.lstrip("rRuUbBfF")[:3] in ('"""', "'''") else 1
            a = len(tok.string) - len(tok.string.lstrip("rRuUbBfF")) + q
            body = rename_text(tok.string[a:-q], names)
            edits[start] = (end, tok.string[:a] + body + tok.string[-q:])
        after_def = tok.type == tokenize.NAME and tok.string == "def"
    return _edited(code, edits)


def rename_solution(problem: Problem, names: dict[str, str], which: int = 0) -> str:
    """A reference solution renamed the same way as the starter code."""
    return rename_code(problem.solutions[which], names)


class _RenameTree(ast.NodeTransformer):
    """The renaming done on a syntax tree instead of the text: what the text must parse to."""

    def __init__(self, names: dict[str, str]) -> None:
        self.names = names
        self.local: set[str] = set()

    def visit_Module(self, node: ast.Module) -> Any:
        self.local = {n.name for n in ast.walk(node) if isinstance(n, _DEFS)}
        for doc in _docstrings(node):
            doc.value = rename_text(str(doc.value), self.names)
        return self.generic_visit(node)

    def visit_FunctionDef(self, node: Any) -> Any:
        node.name = self.names.get(node.name, node.name)
        return self.generic_visit(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_Name(self, node: ast.Name) -> Any:
        node.id = self.names.get(node.id, node.id)
        return node

    def visit_arg(self, node: ast.arg) -> Any:
        node.arg = self.names.get(node.arg, node.arg)
        return self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> Any:
        if getattr(node.func, "id", None) in self.local:
            for k in node.keywords:
                k.arg = self.names.get(k.arg or "", k.arg)
        return self.generic_visit(node)


def reference_fails(problem: Problem, names: dict[str, str], executor: Executor) -> str | None:
    """None when a reference solution, renamed, passes every test as `f`; else what failed."""
    scored = replace(problem, entry_point=ENTRY)
    failures = []
    for which in range(len(problem.solutions)):
        try:
            program = rename_solution(problem, names, which)
        except SyntaxError as exc:
            failures.append(f"solution {which} does not parse: {exc.msg}")
            continue
        failed = [r for r in executor.run(program, scored) if not r.passed]
        if not failed:
            return None
        r = failed[0]
        failures.append(f"solution {which}: test {r.test} {r.outcome.value} {r.detail}"[:200])
    return "; ".join(failures)
