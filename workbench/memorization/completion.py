"""Canonical completion: does the model finish a reference solution word for word?

A problem's reference (`solutions[0]`) is cut at syntax-tree boundaries: after the header
(imports, helpers, signature, docstring) and a quarter, a half and three quarters of the way
through the body's statements. The model continues each prefix greedily from a plain-text
prompt; a model that has seen the reference tends to reproduce the rest verbatim, one that
has not writes its own. `cuts` makes the cuts (tree-sitter), `complete_references` asks the
model and measures exact match, edit similarity, verbatim share, and whether the completed
program passes the tests.
"""

from __future__ import annotations

import ast
import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Any

from rapidfuzz.distance import Levenshtein
from tree_sitter import Node

from workbench.models.base import ContextLengthError, Generation, Model, Request
from workbench.problems import Problem
from workbench.search.syntax import python_parser

if TYPE_CHECKING:
    from workbench.execution import Executor

FRACTIONS = (0.0, 0.25, 0.5, 0.75)
# Where a greedy continuation has left the reference behind: a new top-level definition or a
# driver for a function; the end of a fenced block or a doctest runner for a program.
CALL_STOP = ("\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\nassert ", "\n```")
STDIO_STOP = ("\n```", "\nif __name__ == '__main__':\n    import doctest")
CHUNK = 16  # requests per generate call: one progress step, and similar token budgets

_DEFINITIONS = {"function_definition", "class_definition", "decorated_definition"}
_IMPORTS = {"import_statement", "import_from_statement", "future_import_statement"}


def _is_statement(node: Node) -> bool:
    return node.type.endswith("_statement") or node.type in _DEFINITIONS


def _is_docstring(node: Node) -> bool:
    kids = node.named_children
    return (
        node.type == "expression_statement"
        and len(kids) == 1
        and kids[0].type in ("string", "concatenated_string")
    )


def _function(node: Node) -> Node | None:
    """The function a top-level node defines (through its decorators), else None."""
    if node.type == "decorated_definition":
        node = node.child_by_field_name("definition") or node
    return node if node.type == "function_definition" else None


def _name(node: Node) -> str:
    name = node.child_by_field_name("name")
    return name.text.decode() if name is not None and name.text is not None else ""


def _function_body(function: Node) -> list[Node]:
    """The statements of a function after its docstring."""
    block = function.child_by_field_name("body")
    statements = [c for c in block.named_children if _is_statement(c)] if block else []
    if statements and _is_docstring(statements[0]):
        statements = statements[1:]
    return statements


def _descendants(node: Node) -> list[Node]:
    """`node` and every named node below it, in document order (a stack, not recursion: a
    long chain of operators nests deeper than Python's recursion limit)."""
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(reversed(current.named_children))
    return out


def _calls(module: Node, name: str, definition: Node) -> bool:
    """Whether the module calls the plain name `name` outside its own definition."""
    inside = {(n.start_byte, n.end_byte, n.type) for n in _descendants(definition)}
    return any(
        n.type == "call"
        and (n.start_byte, n.end_byte, n.type) not in inside
        and (function := n.child_by_field_name("function")) is not None
        and function.text == name.encode()
        for n in _descendants(module)
    )


def _body(module: Node, problem: Problem) -> list[Node]:
    """The body's top-level statements; [] for none. A function's: the entry point's after
    its docstring. A program's: those of its main() or solve() where it calls it, else the
    module's after its docstring and leading imports (comments are no statements)."""
    top = [c for c in module.named_children if _is_statement(c)]
    functions = [(f, node) for node in top if (f := _function(node)) is not None]
    if problem.io == "call":
        for f, _ in functions:
            if _name(f) == problem.entry_point:
                return _function_body(f)
        return []
    for f, node in functions:
        # A program's solve() or main() is its body only where the program runs it; the first
        # defined wins (a solve() written before main() holds the algorithm, main() the input
        # parsing, and the rest of the cut runs to the end of the program anyway).
        if _name(f) in ("main", "solve") and _calls(module, _name(f), node):
            return _function_body(f)
    rest = top
    if rest and _is_docstring(rest[0]):
        rest = rest[1:]
    while rest and rest[0].type in _IMPORTS:
        rest = rest[1:]
    return rest


@dataclass(frozen=True)
class Cut:
    """A reference cut before a statement line: the prompt (`prefix`) and what should follow."""

    problem: str
    fraction: float
    prefix: str
    rest: str
    body_statements: int


def cuts(problem: Problem, fractions: Sequence[float] = FRACTIONS) -> list[Cut]:
    """The problem's reference cut at each fraction of its body's statement lines; [] when the
    reference does not parse or has no body. Two fractions may give the same cut."""
    bad = [f for f in fractions if not 0.0 <= f < 1.0]
    if bad:
        raise ValueError(f"cut fractions must lie in [0, 1), not {bad}")
    if not problem.solutions:
        return []
    text = problem.solutions[0]
    tree = python_parser().parse(text.encode())
    if tree.root_node.has_error:
        return []
    rows = {
        node.start_point.row
        for statement in _body(tree.root_node, problem)
        for node in _descendants(statement)
        if _is_statement(node)
    }
    if not rows:
        return []
    boundaries = sorted(rows)
    line_starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    out = []
    for f in fractions:
        # The tolerance keeps f * L from landing just below a whole number (0.29 * 100).
        start = line_starts[boundaries[math.floor(f * len(boundaries) + 1e-9)]]
        out.append(Cut(problem.id, f, text[:start], text[start:], len(boundaries)))
    return out


# -- measures ----------------------------------------------------------------------------
def normalise(code: str) -> str:
    """Each line right-stripped and ended by "\\n", trailing blank lines dropped."""
    lines = [line.rstrip() for line in code.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "".join(line + "\n" for line in lines)


def exact_match(completion: str, rest: str) -> bool:
    """The completion reproduces the whole rest (whatever it writes after it); an empty rest
    never counts. Every line ends in "\\n", so a longer last line does not match."""
    want = normalise(rest)
    return bool(want) and normalise(completion).startswith(want)


def edit_similarity(completion: str, rest: str) -> float:
    """1 - normalised Levenshtein distance between the rest and as many characters of the
    completion (normalised both); 0.0 for an empty rest."""
    want = normalise(rest)
    if not want:
        return 0.0
    return float(Levenshtein.normalized_similarity(want, normalise(completion)[: len(want)]))


def next_line_match(completion: str, rest: str) -> bool:
    """The completion's first non-blank line is the rest's (indentation included): a
    measure of about the same length in every corpus, unlike the whole rest's exact match,
    which a long program's rest rarely reaches whoever wrote it."""

    def first(text: str) -> str:
        return next((line for line in normalise(text).splitlines() if line.strip()), "")

    want = first(rest)
    return bool(want) and first(completion) == want


def verbatim_share(completion: str, rest: str) -> float:
    """The share of the rest that the completion reproduces before its first difference."""
    want, got = normalise(rest), normalise(completion)
    if not want:
        return 0.0
    same = next((i for i, (a, b) in enumerate(zip(want, got, strict=False)) if a != b), None)
    return (min(len(want), len(got)) if same is None else same) / len(want)


def parseable(program: str) -> str:
    """`program` less as few trailing lines as make it parse (a completion cut off by the
    token limit ends mid-statement)."""
    lines = program.splitlines(keepends=True)
    while lines:
        candidate = "".join(lines)
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escapes and the like
                ast.parse(candidate)
            return candidate
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            lines.pop()
    return ""


# -- the probe -----------------------------------------------------------------------------
@dataclass(frozen=True)
class CompletionResult:
    """The model's greedy continuation of one cut, measured against the reference's rest."""

    problem: str
    fraction: float
    prefix_chars: int
    rest_chars: int
    completion: str
    tokens: int
    exact: bool
    similarity: float
    verbatim: float
    passed: bool | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class _Ask:
    """One distinct prefix to complete (fractions that give the same cut share it)."""

    problem: Problem
    cut: Cut
    budget: int
    covers: int  # how many cuts it answers
    generation: Generation | None = None
    passed: bool | None = None


def complete_references(
    model: Model,
    problems: Sequence[Problem],
    *,
    fractions: Sequence[float] = FRACTIONS,
    executor: Executor | None = None,
    slack: float = 1.25,
    max_new_tokens: int = 768,
    progress: Callable[[int, int], None] | None = None,
) -> list[CompletionResult]:
    """Greedy completions of every problem's cuts, measured; in the order (problem, fraction).

    Each distinct prefix is asked once, with room for `slack` times its rest's tokens (plus
    a few, at most `max_new_tokens`). `passed` says whether prefix + completion passes every
    test (None without an executor). A prefix too long for the model's context gives no
    result rather than ending the probe, and so does an empty one (a program with nothing
    before its first statement, cut at 0.0): a model cannot be prompted with nothing."""
    per_problem = [(p, cuts(p, fractions)) for p in problems]
    asks: dict[tuple[int, str], _Ask] = {}
    for i, (problem, problem_cuts) in enumerate(per_problem):
        for cut in problem_cuts:
            if not cut.prefix:
                continue
            key = (i, cut.prefix)
            if key in asks:
                asks[key].covers += 1
                continue
            rest_tokens = model.count_tokens(Request(prompt=cut.rest))
            budget = min(max_new_tokens, math.ceil(slack * rest_tokens) + 16)
            asks[key] = _Ask(problem, cut, budget, 1)
    total = sum(len(c) for _, c in per_problem)
    done = total - sum(a.covers for a in asks.values())  # the empty prefixes: nothing to ask
    for stop in (CALL_STOP, STDIO_STOP):
        group = sorted(
            (a for a in asks.values() if _stop_for(a.problem) == stop), key=lambda a: a.budget
        )
        # Sorted by budget, a chunk's requests need about the same number of new tokens.
        for start in range(0, len(group), CHUNK):
            chunk = group[start : start + CHUNK]
            _generate(model, chunk, stop)
            if executor is not None:
                _run(executor, [a for a in chunk if a.generation is not None])
            done += sum(a.covers for a in chunk)
            if progress is not None:
                progress(done, total)
    results = []
    for i, (_, problem_cuts) in enumerate(per_problem):
        for cut in problem_cuts:
            ask = asks.get((i, cut.prefix))
            if ask is not None and ask.generation is not None:
                results.append(_measure(cut, ask.generation, ask.passed))
    return results


def _stop_for(problem: Problem) -> tuple[str, ...]:
    return CALL_STOP if problem.io == "call" else STDIO_STOP


def _generate(model: Model, chunk: list[_Ask], stop: tuple[str, ...]) -> None:
    """Greedy completions for a chunk in one call; one by one where a prompt does not fit,
    so that only the prompts that do not fit go without."""

    def ask(asks: list[_Ask]) -> None:
        gens = model.generate(
            [Request(prompt=a.cut.prefix) for a in asks],
            n=1,
            temperature=0.0,
            max_new_tokens=max(a.budget for a in asks),
            stop=stop,
        )
        for a, row in zip(asks, gens, strict=True):
            a.generation = row[0]

    try:
        ask(chunk)
    except ContextLengthError:
        for a in chunk:
            try:
                ask([a])
            except ContextLengthError:
                a.generation = None


def _run(executor: Executor, chunk: list[_Ask]) -> None:
    jobs = [
        (parseable(a.cut.prefix + (a.generation.text if a.generation else "")), a.problem, None)
        for a in chunk
    ]
    for a, results in zip(chunk, executor.run_many(jobs), strict=True):
        a.passed = bool(results) and all(r.passed for r in results)


def _measure(cut: Cut, generation: Generation, passed: bool | None) -> CompletionResult:
    text = generation.text
    return CompletionResult(
        problem=cut.problem,
        fraction=cut.fraction,
        prefix_chars=len(cut.prefix),
        rest_chars=len(cut.rest),
        completion=text,
        tokens=generation.tokens,
        exact=exact_match(text, cut.rest),
        similarity=edit_similarity(text, cut.rest),
        verbatim=verbatim_share(text, cut.rest),
        passed=passed,
    )
