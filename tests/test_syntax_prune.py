"""Dead-end pruning of partial programs: what it must catch, and that it never prunes a
prefix of a valid program, checked by cutting real programs at every character."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.search.syntax import dead_end

REFERENCES = sorted((Path(__file__).parents[1] / "corpora/fresh/src").glob("*/reference.py"))

HUMANEVAL_STYLE = [
    '''from typing import List


def has_close_elements(numbers: List[float], threshold: float) -> bool:
    """ Check if in given list of numbers, are any two numbers closer to each other than
    given threshold.
    >>> has_close_elements([1.0, 2.8, 3.0, 4.0, 5.0, 2.0], 0.3)
    True
    """
    for idx, elem in enumerate(numbers):
        for idx2, elem2 in enumerate(numbers):
            if idx != idx2:
                distance = abs(elem - elem2)
                if distance < threshold:
                    return True

    return False
''',
    '''def separate_paren_groups(paren_string: str) -> list[str]:
    """ Split '( ) (( )) (( )( ))' into ['()', '(())', '(()())'] (unbalanced: ")(")."""
    result, current, depth = [], [], 0
    for c in paren_string:
        if c == '(':
            depth += 1
            current.append(c)
        elif c == ')':
            depth -= 1
            current.append(c)
            if depth == 0:
                result.append(''.join(current))
                current.clear()
    return result
''',
    """def encode_shift(s: str) -> str:
    return "".join([chr(((ord(ch) + 5 - ord("a")) % 26) + ord("a")) for ch in s])


def words_string(s):
    '''"Hi, my name" -> ["Hi", "my", "name"]'''
    if not s:
        return []
    s_list = []
    for letter in s:
        if letter == ',':
            s_list.append(' ')
        else:
            s_list.append(letter)
    return "".join(s_list).split()
""",
]

# Constructs a scanner easily gets wrong, in one valid (Python 3.11) program.
TRICKY = (
    r'''# brackets ) ] } and quotes ' " in a comment
import sys  # (
from dataclasses import dataclass, \
    field


@dataclass(frozen=True)
class Point:
    x: int = 0
    y: int = field(default=0)

    @staticmethod
    async def fetch(url: str) -> "Point":
        async with url as u:
            await u
        return Point()


def parse(s: str) -> dict[str, list[int]]:
    """Docstring with ) ] } and 'quotes' and "more" and \""" escapes."""
    out = {k: [int(v) for v in vs.split(",")] for k, vs in (p.split("=") for p in s.split(";"))}
    if (n := len(out)) > 3: print(n); pass
    t = f"{n!r:>{10}} {'x' + 'y' if n else ''} {{braces}} {out['a'][0]:.2f}"
    r = rb'\d+(\)' + Rb"[" + BR"""(""" + b"\\" + Fr'{n}\{{'
    multi = """line one (
    line two ]
    """ + "and } "
    g = lambda a, *b, c=1, **d: (a, b, c, d)
    x = [1, 2,
         3, # comment ]
         ]
    y = 1 + \
        2
    if n: \

        pass
    while False:
        break
    else:
        pass
    try:
        pass
    except (ValueError, TypeError) as e:
        raise RuntimeError("bad") from e
    else:
        pass
    finally:
        pass
    match out:
        case {"a": [1, *rest]} if rest:
            pass
        case Point(x=0) | None:
            pass
        case _:
            pass
    def inner():
        nonlocal n
        n += 1
        return t, r, multi, g, x, y
    return out


class Émoji: pass
if __name__ == "__main__":
'''
    # Tabs indent here: a tab counts to the next multiple of 8.
    "\tprint(parse(sys.stdin.read()))\n\tif True:\n\t\tpass\n"
)


def _false_dead(program: str) -> list[tuple[int, str]]:
    compile(program, "<valid>", "exec")  # the premise: the whole program is valid
    verdicts = ((i, dead_end(program[:i])) for i in range(len(program) + 1))
    return [(i, reason) for i, reason in verdicts if reason is not None]


def test_no_prefix_of_a_reference_solution_is_pruned() -> None:
    assert len(REFERENCES) >= 40
    for path in REFERENCES:
        assert _false_dead(path.read_text()) == [], path


@pytest.mark.parametrize("program", [*HUMANEVAL_STYLE, TRICKY], ids=["he0", "he1", "he2", "tricky"])
def test_no_prefix_of_a_tricky_valid_program_is_pruned(program: str) -> None:
    assert _false_dead(program) == []
    assert _false_dead(program.replace("\n", "\r\n")) == []  # cut between \r and \n too


@pytest.mark.parametrize(
    "code, reason",
    [
        ("print(x))", "line 1: unmatched ')'"),
        ("a = [1, 2]]", "line 1: unmatched ']'"),
        ("}", "line 1: unmatched '}'"),
        ("x = 1\ny = f(x)) + 2\nz = 3", "line 2: unmatched ')'"),
        ("f(a]", "line 1: closing parenthesis ']' does not match opening parenthesis '('"),
        ("[1, 2)", "line 1: closing parenthesis ')' does not match opening parenthesis '['"),
        (
            "x = (1,\n     2]",
            "line 2: closing parenthesis ']' does not match opening parenthesis '(' on line 1",
        ),
    ],
)
def test_a_stray_or_mismatched_closing_bracket_is_a_dead_end(code: str, reason: str) -> None:
    assert dead_end(code) == reason


@pytest.mark.parametrize(
    "code",
    [
        "if x:\n        a = 1\n    b = 2\n",
        "if x:\n        a = 1\n    b = 2\nprint(b)",
        "if x:\n        a = 1\n    b",  # the indentation is fixed once the line has begun
        "def f():\n    if x:\n        a = 1\n  b = 2\n",
    ],
)
def test_an_unindent_matching_no_outer_level_is_a_dead_end(code: str) -> None:
    line = 4 if code.startswith("def") else 3
    assert dead_end(code) == f"line {line}: unindent does not match any outer indentation level"


@pytest.mark.parametrize(
    "code, line",
    [
        ("x = 1\n    y = 2\n", 2),
        ("x = 1\n    y", 2),
        ("    x = 1\n", 1),
        ("def f():\n    return 1\n        x = 2\n", 3),
        ("x = 1\r\n    y = 2\r\n", 2),
    ],
)
def test_an_unexpected_indent_is_a_dead_end(code: str, line: int) -> None:
    assert dead_end(code) == f"line {line}: unexpected indent"


def test_a_header_without_an_indented_body_is_a_dead_end() -> None:
    assert dead_end("if a:\nb") == "line 2: expected an indented block"
    assert dead_end("for x in y:  # loop\n\nprint(x)\n") == "line 3: expected an indented block"


@pytest.mark.parametrize(
    "code, reason",
    [
        ("x = = 1\nprint(x)\n", "line 1: invalid syntax"),
        ("x = = 1\npr", "line 1: invalid syntax"),
        ("x = = 1\n", "line 1: invalid syntax"),
        ("def f(x):\n    return x +* 2\n\nprint(f(1))\n", "line 2: invalid syntax"),
        ("for i in range(3) print(i)\nx = 1\n", "line 1: invalid syntax"),
        ("def f():\n    return 1 +\n    x = 2\n", "line 2: invalid syntax"),
        ('x = "abc\ny = 2', "line 1: unterminated string literal"),
        ("x = 1 \\ + 2", "line 1: unexpected character after line continuation character"),
    ],
)
def test_an_error_on_a_complete_line_is_a_dead_end(code: str, reason: str) -> None:
    assert dead_end(code) == reason


@pytest.mark.parametrize(
    "code",
    [
        "",
        "\n\n",
        '"""an open docstring with ) and ] in it',
        "'''still open ''",
        "# a comment with ) and ]",
        "x = 1  # ) ]",
        "s = 'a string with ) in it' + \"and ]\"",
        "x = (1,\n",
        "x = (1,\n  # ) comment\n     2",
        "if a:\n",
        "if a:\n    # a comment first\n",
        "if a:\n    b\nelse:\n",
        "if a:\n    b\nel",
        "if a:\n    b\nc",
        "try:\n    x\n",
        "try:\n    x\nexc",
        "@decorator\n",
        "@decorator\ndef",
        "class A:\n    @property\n",
        "match x:\n",
        "match x:\n    case 1:\n        pass\n    ca",
        "def f(:",  # the ':' sits inside an open bracket
        "def f(\n",
        "x = 1 + \\\n",
        "x = 1 + \\",
        "s = 'escaped \\",
        "y = f(lambda a: a, key=lambda b: (b, -b))\nz = (n := 3)\n",
    ],
)
def test_unfinished_but_repairable_code_is_not_a_dead_end(code: str) -> None:
    assert dead_end(code) is None
