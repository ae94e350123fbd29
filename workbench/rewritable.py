"""A problem's statement cut into the section a rewriter may change and the rest, which a
variant keeps verbatim; and the mechanical facts the rewrite checks compare.

Two shapes:
- stdio problems with a sectioned statement (`workbench.statement_markdown`): the legend (the
  story and the task), the Input and Output formats, the examples with their notes;
- call problems (HumanEval style): the starter code around the entry point's docstring,
  whose prose comes first and whose examples (`>>>` lines, "For example:", `f(x) ==> y`,
  an indented table) follow. The rewritable prose is the docstring up to the first such
  line; everything from there on is kept.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace

from workbench.problems import Problem
from workbench.statement_markdown import Statement, StatementError, parse_statement, render_body

# --- stdio ----------------------------------------------------------------------------------


def stdio_statement(problem: Problem) -> Statement:
    """The sections of a stdio problem's statement (StatementError when it has no sections)."""
    return parse_statement(f"# {problem.title}\n\n{problem.statement}")


def render_stdio(statement: Statement) -> str:
    return render_body(statement)


# --- call problems --------------------------------------------------------------------------

_EXAMPLE_START = re.compile(
    r"^\s*(>>>|for examples?\b|examples?\b|e\.g\.|example\s*\d|input\s*:|note\s*:)",
    re.IGNORECASE,
)
_CALL_LINE = re.compile(r"\w+\(.*\)\s*(==>|==|=>|->|➞|should return|returns?)")


@dataclass(frozen=True)
class CallStatement:
    """A call problem's starter code as: the code before the docstring's prose, the prose
    (its lines without their indentation), and the code after it (examples, tables, the
    closing quotes and anything below), the two kept verbatim."""

    before: str
    prose: str
    indent: str  # of the prose lines after the first
    after: str

    def render(self, prose: str | None = None) -> str:
        lines = (self.prose if prose is None else prose).strip().splitlines() or [""]
        body = [lines[0]] + [(self.indent + ln) if ln.strip() else "" for ln in lines[1:]]
        return self.before + "\n".join(body) + self.after


def call_statement(problem: Problem) -> CallStatement:
    """The docstring prose of a call problem's entry point (StatementError, a ValueError,
    when there is none)."""
    code = problem.starter_code or problem.statement
    tree = ast.parse(code)
    fn = next(
        (
            n
            for n in tree.body
            if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and n.name == problem.entry_point
        ),
        None,
    )
    if fn is None or not fn.body or ast.get_docstring(fn) is None:
        raise StatementError(
            f"{problem.id}: the entry point {problem.entry_point} has no docstring"
        )
    node = fn.body[0]
    assert node.end_lineno is not None and node.end_col_offset is not None
    offsets = [0]
    for ln in code.splitlines(keepends=True):
        offsets.append(offsets[-1] + len(ln))
    begin = offsets[node.lineno - 1] + node.col_offset
    end = offsets[node.end_lineno - 1] + node.end_col_offset
    literal = code[begin:end]
    opening = len(literal) - len(literal.lstrip("rRuUbB"))
    quote = '"""' if literal[opening:].startswith('"""') else literal[opening : opening + 3]
    if quote not in ('"""', "'''"):
        raise StatementError(f"{problem.id}: the docstring is not triple-quoted")
    inner_start, inner_end = begin + opening + 3, end - 3
    # Lines of the docstring body with their start offsets in `code`.
    spans, pos = [], inner_start
    for ln in code[inner_start:inner_end].split("\n"):
        spans.append((pos, ln))
        pos += len(ln) + 1
    indent = _indent_of([ln for _, ln in spans[1:]])
    prose_spans: list[tuple[int, str]] = []
    for i, (at, ln) in enumerate(spans):
        if not ln.strip():
            prose_spans.append((at, ln))
            continue
        deeper = i > 0 and len(ln) - len(ln.lstrip()) > len(indent)
        if _EXAMPLE_START.match(ln) or _CALL_LINE.search(ln) or deeper:
            break
        prose_spans.append((at, ln))
    text = [(at, ln) for at, ln in prose_spans if ln.strip()]
    if not text:
        raise StatementError(f"{problem.id}: the docstring of {problem.entry_point} has no prose")
    start = text[0][0] + len(text[0][1]) - len(text[0][1].lstrip())
    stop = text[-1][0] + len(text[-1][1].rstrip())
    lines = code[start:stop].split("\n")
    prose = "\n".join(
        [lines[0]]
        + [ln[len(indent) :] if ln.startswith(indent) else ln.strip() for ln in lines[1:]]
    )
    return CallStatement(code[:start], prose, indent, code[stop:])


def _indent_of(lines: list[str]) -> str:
    found = [ln[: len(ln) - len(ln.lstrip())] for ln in lines if ln.strip()]
    return min(found, key=len) if found else ""


def with_prose(problem: Problem, prose: str) -> str:
    """The starter code of a call problem with its docstring prose replaced."""
    return call_statement(problem).render(prose)


# --- what checks compare --------------------------------------------------------------------

_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*|\d+(?:\.\d+)?")
_VAR = re.compile(r"(?<![\w'])([a-zA-Z](?:_\{?\w+\}?)?|[a-z]+_[a-z0-9_]+)(?![\w'])")
_CAPITAL = re.compile(r"\b[A-Z][a-z]+\b")
_NOT_VARIABLES = {"a", "A", "I"}


def words(text: str) -> int:
    return len(_WORD.findall(text))


def numbers(text: str) -> set[str]:
    return set(_NUMBER.findall(text))


def variables(text: str, also: tuple[str, ...] = ()) -> set[str]:
    """One-letter names and snake_case identifiers, plus `also` (e.g. parameter names)
    where they occur as words."""
    found = {m for m in _VAR.findall(text) if m not in _NOT_VARIABLES}
    found |= {name for name in also if re.search(rf"(?<![\w]){re.escape(name)}(?![\w])", text)}
    return found


def missing(original: set[str], text: str, kind: str) -> str | None:
    """None when every item of `original` occurs in `text` (numbers: as numbers)."""
    have = numbers(text) if kind == "numbers" else variables(text, tuple(original))
    lost = sorted(original - have)
    return f"lost {kind} {', '.join(lost[:6])}" if lost else None


# Capitalised words of statements that name no character (sentence openers among them).
_NOT_NAMES = set(
    """I English Latin Roman Arabic Cartesian Euclidean Manhattan Fibonacci Python Boolean
    Unicode ASCII Note Example Examples Input Output True False None Monday Tuesday Wednesday
    Thursday Friday Saturday Sunday Help Count Find Print Determine Given Each Every Both
    Consider Initially Today Then However Also Unfortunately Now Formally Recall Since After
    Before What How Which Is Can Does Let Suppose Here There This These That Those He She It
    They We You His Her Its Their Our Your Some Any No One Two Three A An At On In For If When
    While Because But And Or So To Of By With As From Unlike Assume Write Compute Calculate
    Return Check Decide Answer Please Soon Later Finally First Second Next Last Of Yes Ignore
    Append Returns Deviation Absolute Mean Fibbonacci Tribonacci Moving Market Lantern
    New Year""".split()  # noqa: SIM905 - a word list reads better as text
)


def proper_nouns(legend: str) -> set[str]:
    """Names in a story: capitalised words other than common openers and non-names
    (English, ...) that either occur mid-sentence or never occur in lower case and more
    than once (Polycarp opens every sentence he is in)."""
    lower = set(re.findall(r"\b[a-z]+\b", legend))
    seen: dict[str, int] = {}
    names = set()
    for m in _CAPITAL.finditer(legend):
        word = m.group()
        if word in _NOT_NAMES or word.lower() in lower:
            continue
        seen[word] = seen.get(word, 0) + 1
        before = legend[: m.start()].rstrip()
        if before and before[-1] not in ".!?:\n\"'(`":
            names.add(word)
    return names | {w for w, n in seen.items() if n > 1}


def similarity(a: str, b: str) -> float:
    """Share of words in common order (difflib ratio on word sequences)."""
    import difflib

    return difflib.SequenceMatcher(a=a.lower().split(), b=b.lower().split()).ratio()


def clean_answer(text: str) -> str:
    """A model's answer as plain text: no code fence around it, no 'Here is ...:' opener."""
    t = text.strip()
    if t.startswith("```"):
        t = t.split("\n", 1)[1] if "\n" in t else ""
        t = t.rsplit("```", 1)[0]
    lines = t.strip().splitlines()
    if lines and re.match(r"^(here|sure|rewritten|shortened|paraphrase)\b.*:\s*$", lines[0], re.I):
        lines = lines[1:]
    return "\n".join(lines).strip()


def statement_errors(problem: Problem, statement: str, keep_formats: bool = True) -> str | None:
    """None when a stdio variant's statement keeps the original's examples (and, with
    `keep_formats`, its Input and Output sections)."""
    try:
        new = stdio_statement(replace(problem, statement=statement))
    except StatementError as exc:
        return f"the statement lost its shape: {exc}"
    old = stdio_statement(problem)
    if keep_formats and (new.input, new.output) != (old.input, old.output):
        return "the input or output format changed"
    if [(e.input, e.output) for e in new.examples] != [(e.input, e.output) for e in old.examples]:
        return "an example changed"
    return None
