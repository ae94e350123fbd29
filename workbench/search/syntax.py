"""Dead ends for tree search: syntax errors in a partial program that no continuation repairs.

An MCTS search writes a program a token (or a line) at a time and asks, before paying for a
rollout and a sandbox run, whether the text so far, cut anywhere (mid-token, mid-string,
inside an open bracket), already holds a syntax error that no appended text can repair.
`dead_end` names it, or answers None. A false "dead" prunes a program that could have been
right, so every rule errs towards None; a missed dead end only costs one evaluation.

1. A scanner splits the text as Python 3.11's tokenizer does (strings, triple quotes,
   escapes, comments, brackets, backslash continuations), one regex search per interesting
   token (`tokenize` is slower and raises on an unfinished end). What it finds, later text
   cannot undo: a closing bracket with no opener or of the wrong kind, a one-line string
   broken by a newline, a stray backslash, and each logical line's indentation, fixed once
   its first character is written (an unexpected indent, an unindent matching no outer
   level, a block header whose body is not indented).
2. The text up to the end of the last complete logical line (nothing open there) goes to
   tree-sitter, a cheap filter. Where it sees an error, Python's parser (`compile`, AST only:
   no symbol-table errors, such as a `nonlocal` bound later) judges that text followed by a
   `pass` as the next logical line, at the indentation that line was begun with, or else at
   each it could validly have; only an error before that line counts, whichever. A merely
   unfinished program (a header awaiting its block, `try` its `except`, a decorator its
   `def`) fails at the stand-in line or later, and tree-sitter's recovery quirks and looser
   grammar (Python 2 `print`) prune nothing, since `compile` must agree.

Search asks about ever longer prefixes of one text, so the scanner resumes from its state at
a cut it has seen, tree-sitter reparses only the lines appended, and verdicts are cached.
"""

from __future__ import annotations

import ast
import re
import sys
import threading
import warnings
from dataclasses import dataclass
from functools import lru_cache

import tree_sitter_python
from tree_sitter import Language, Node, Parser, Point, Tree

# Python 3.12 (PEP 701) lets f-string replacement fields hold the string's own quote and
# newlines, which the 3.11 split below would cut differently: there, give no verdict.
_PEP701 = sys.version_info >= (3, 12)

_NOT_SPECIAL = r"""[^()\[\]{}'"\#\\\n]*"""
_TOKEN = re.compile(
    # A bracket pair holding nothing special is skipped whole: fewer tokens, faster scans.
    rf"(?P<pair>\({_NOT_SPECIAL}\)|\[{_NOT_SPECIAL}\]|\{{{_NOT_SPECIAL}\}})"
    r"|(?P<nl>\n(?P<indent>[ \t\f]*))"
    r"|(?P<bracket>[()\[\]{}])"
    # A prefix (r, b, u, f) changes no string's extent, so a quote alone starts a string.
    r"""|(?P<quote>'''|\"\"\"|'|\")"""
    r"|(?P<comment>\#[^\n]*)"
    r"|(?P<backslash>\\)"
)
# A string's body up to its closing quote; a backslash escapes any character, a newline too.
_BODY = {
    "'": re.compile(r"[^\\'\n]*(?:\\[\s\S][^\\'\n]*)*"),
    '"': re.compile(r'[^\\"\n]*(?:\\[\s\S][^\\"\n]*)*'),
    "'''": re.compile(r"[^\\']*(?:(?:\\[\s\S]|'(?!''))[^\\']*)*"),
    '"""': re.compile(r'[^\\"]*(?:(?:\\[\s\S]|"(?!""))[^\\"]*)*'),
}
_CLOSER = {"(": ")", "[": "]", "{": "}"}
_Levels = list[tuple[int, str]]  # open indentation levels: column, and as written

# The scanner's state at a cut: open levels, whether the last logical line ended with ':',
# and that line's number.
_State = tuple[tuple[tuple[int, str], ...], bool | None, int]
_START: _State = (((0, ""),), False, 0)
_RESUME: dict[str, _State] = {}
_RESUME_SIZE = 4096
_TREES: dict[str, Tree] = {}  # recent heads' trees, so that a longer head reparses little
_TREES_SIZE = 64

_local = threading.local()


def python_parser() -> Parser:
    """One tree-sitter parser per thread: a parser is not safe to share between threads."""
    parser: Parser | None = getattr(_local, "parser", None)
    if parser is None:
        parser = _local.parser = Parser(Language(tree_sitter_python.language()))
    return parser


@dataclass
class _Scan:
    reason: str | None = None  # a dead end the scanner proved
    unsure: bool = False  # text the scanner cannot split for certain: no verdict at all
    cut: int = 0  # end of the last complete logical line
    # Where the next logical line may start: the indentation it was written with, once begun.
    indents: tuple[str, ...] = ()


def _column(indent: str) -> int:
    """The tokenizer's column: tabs to multiples of 8, a form feed back to 0."""
    if "\t" not in indent and "\f" not in indent:
        return len(indent)
    col = 0
    for char in indent:
        col = col + 1 if char == " " else (col // 8 + 1) * 8 if char == "\t" else 0
    return col


def _indent_error(levels: _Levels, indent: str, after_colon: bool | None) -> str | None:
    """Check a logical line's indentation against the open levels (updated in place).

    `after_colon` says whether the previous logical line ended with ':', which in a valid
    program only a block header does; None when unknown (a backslash ran that line onto a
    blank one), and then both readings are allowed.
    """
    col = _column(indent)
    if col > levels[-1][0]:
        if after_colon is False:
            return "unexpected indent"
        levels.append((col, indent))
        return None
    if after_colon:
        return "expected an indented block"
    while col < levels[-1][0]:
        levels.pop()
    if col != levels[-1][0]:
        return "unindent does not match any outer indentation level"
    return None


def _next_indents(levels: _Levels, after_colon: bool | None) -> tuple[str, ...]:
    """Every indentation a next logical line could validly have: deeper after a header
    (one more space keeps tabs consistent), else any open level, as it was written."""
    deeper = (levels[-1][1] + " ",) if after_colon is not False else ()
    return deeper + (tuple(indent for _, indent in levels) if after_colon is not True else ())


def _scan(code: str) -> _Scan:
    # Search asks about ever longer prefixes: resume from the state stored at a cut (the end
    # of a complete logical line) that this text repeats, tried at its last few newlines.
    offset, state, newline = 0, _START, len(code)
    for _ in range(4):
        newline = code.rfind("\n", 0, newline)
        if newline < 0:
            break
        if (found := _RESUME.get(code[: newline + 1])) is not None:
            offset, state = newline + 1, found
            break
    # A newline in front lets the first line start like every other (positions shift by one).
    text = "\n" + code[offset:]
    n = len(text)
    result = _Scan(cut=offset)
    brackets: list[tuple[str, int]] = []  # open brackets with their lines
    levels, after_colon, line = list(state[0]), state[1], state[2]
    pos, line_start, comment_at = 0, 0, -1
    logical = False  # inside a logical line (past its first character)
    while (match := _TOKEN.search(text, pos)) is not None:
        kind, start, pos = match.lastgroup, match.start(), match.end()
        if kind == "pair":
            continue
        if kind == "nl":
            if brackets:
                line, line_start = line + 1, start + 1
                continue
            if logical:
                # Only this physical line's code can end the logical line; a trailing
                # comment cannot, and an empty tail (after a backslash) leaves it unknown.
                tail = text[line_start : comment_at if comment_at >= line_start else start]
                tail = tail.rstrip(" \t\f")
                after_colon = tail.endswith(":") if tail else None
                result.cut, logical = offset + start, False
                state = (tuple(levels), after_colon, line)
            line, line_start = line + 1, start + 1
            # Blank and comment-only lines are not logical lines: they never indent.
            if pos == n or text[pos] in "#\n":
                continue
            if text[pos] == "\\":
                return _Scan(unsure=True)  # a line begun by a continuation: rare, murky
            indent = match.group("indent")
            if indent != levels[-1][1] or after_colon is not False:
                error = _indent_error(levels, indent, after_colon)
                if error is not None:
                    return _Scan(reason=f"line {line}: {error}")
            logical = True
            result.indents = (indent,)
        elif kind == "bracket":
            char = text[start]
            if char in _CLOSER:
                brackets.append((char, line))
            elif not brackets:
                return _Scan(reason=f"line {line}: unmatched '{char}'")
            else:
                opener, opened = brackets.pop()
                if _CLOSER[opener] != char:
                    where = "" if opened == line else f" on line {opened}"
                    return _Scan(
                        reason=f"line {line}: closing parenthesis '{char}' does not match "
                        f"opening parenthesis '{opener}'{where}"
                    )
        elif kind == "quote":
            quote = match.group("quote")
            body = _BODY[quote].match(text, pos)
            assert body is not None  # the body pattern may match nothing, so it always matches
            end = body.end()
            if len(quote) == 3:
                if not text.startswith(quote, end):
                    break  # still open: anything may follow
                close = end + 3
            elif end < n and text[end] == quote:
                close = end + 1
            elif end < n and text[end] == "\n":
                return _Scan(reason=f"line {line}: unterminated string literal")
            else:
                break  # still open, or a backslash waiting for its character
            if _PEP701 and "{" in text[pos:end] and "f" in text[start - 2 : start].lower():
                return _Scan(unsure=True)  # maybe an f-string (a name ending in f counts too)
            newlines = text.count("\n", pos, end)
            if newlines:
                line, line_start = line + newlines, text.rindex("\n", pos, end) + 1
            pos = close
        elif kind == "comment":
            comment_at = start
        else:  # a backslash
            if pos == n:
                break
            if text[pos] != "\n":
                return _Scan(
                    reason=f"line {line}: unexpected character after line continuation character"
                )
            pos += 1
            line, line_start = line + 1, pos
    if not logical:
        result.indents = _next_indents(levels, after_colon)
    if result.cut > offset:
        if len(_RESUME) >= _RESUME_SIZE:
            _RESUME.clear()  # crude, but search moves on and refills what it needs
        _RESUME[code[: result.cut]] = state
    return result


def _parse(head: str) -> Node:
    """Parse with tree-sitter, reusing the tree of an earlier head this one extends."""
    data, old, end = head.encode(), None, len(head) - 1
    for _ in range(4):  # as in `_scan`: the earlier head ends at one of the last newlines
        end = head.rfind("\n", 0, end)
        if end < 0:
            break
        if (found := _TREES.get(head[: end + 1])) is not None:
            start, at = len(head[: end + 1].encode()), Point(head.count("\n", 0, end + 1), 0)
            old = found.copy()  # the earlier tree may serve other extensions too
            old.edit(start, start, len(data), at, at, Point(head.count("\n"), 0))
            break
    tree = python_parser().parse(data) if old is None else python_parser().parse(data, old)
    if len(_TREES) >= _TREES_SIZE:
        _TREES.clear()
    _TREES[head] = tree
    return tree.root_node


@lru_cache(maxsize=4096)
def _head_error(head: str, indents: tuple[str, ...]) -> str | None:
    """An error in the complete lines `head` that stands before a next line at each of
    `indents`. Tree-sitter must see one first: most heads are fine, and then a parse that
    reuses the previous head's tree is all they cost, where each indentation costs a compile."""
    node = _parse(head)
    if not node.has_error:
        return None
    while not (node.is_error or node.is_missing):
        child = next((c for c in node.children if c.has_error), None)
        if child is None:
            break
        node = child
    next_line = head.count("\n") + 1
    if node.start_point.row + 1 >= next_line:
        return None
    reason = None
    for indent in indents:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # invalid escapes and the like only warn
                source = head + indent + "pass\n"
                compile(source, "<prefix>", "exec", ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError as error:
            if error.lineno is None or error.lineno >= next_line:
                return None
            reason = reason or f"line {error.lineno}: {error.msg}"
        except (ValueError, RecursionError, MemoryError):
            return None  # null bytes, absurd nesting: not worth a verdict
        else:
            return None
    return reason


def dead_end(code: str) -> str | None:
    """Why no text appended to `code` can make it a valid Python program, or None when
    some continuation might (the conservative answer when unsure)."""
    if "\r" in code:
        code = code.replace("\r\n", "\n").replace("\r", "\n")  # as Python reads source
    scan = _scan(code)
    if scan.reason is not None or scan.unsure or scan.cut == 0:
        return scan.reason
    return _head_error(code[: scan.cut], scan.indents)
