"""The Markdown statement shape of authored corpora: parse, render, and every defect
named by line."""

from __future__ import annotations

import pytest

from workbench.statement_markdown import (
    StatementError,
    parse_statement,
    render_body,
    render_statement,
)

GOOD = """# Pairs

Polycarp adds numbers.

```
## Input
(a fenced block in the story is not a heading)
```

## Input

The first line contains t (1 ≤ t ≤ 10).

## Output

Print t sums.

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

The second paragraph of the note.

### Example 2

Input:
```
1
0 0
```
Output:
```
0
```
Note: zero.
"""


def test_parse_sections_and_examples() -> None:
    s = parse_statement(GOOD)
    assert s.title == "Pairs"
    assert s.legend.startswith("Polycarp adds numbers.") and "(a fenced block" in s.legend
    assert s.input == "The first line contains t (1 ≤ t ≤ 10)."
    assert s.output == "Print t sums."
    assert [(e.input, e.output) for e in s.examples] == [
        ("2\n1 2\n3 4\n", "3\n7\n"),
        ("1\n0 0\n", "0\n"),
    ]
    assert s.examples[0].note == "1 + 2 = 3 and 3 + 4 = 7.\n\nThe second paragraph of the note."
    assert s.examples[1].note == "zero."


def test_render_round_trips() -> None:
    s = parse_statement(GOOD)
    assert parse_statement(render_statement(s)) == s
    assert s.body == render_body(s) and not s.body.startswith("# ")
    assert parse_statement("# Pairs\n\n" + s.body) == s


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.replace("# Pairs", "Pairs"), r"line 1: a statement starts with '# Title'"),
        (lambda t: t.replace("# Pairs", "# "), r"line 1: the title is empty"),
        (lambda t: t.replace("## Output", "## Outputs"), r"sections are \['Input', 'Outputs'"),
        (
            lambda t: (
                t.split("## Input")[0].split("\n")[0]
                + "\n\n## Input"
                + t.split("```\n\n## Input")[1]
            ),
            "the story .* is empty",
        ),
        (lambda t: t.replace("Print t sums.", ""), r"section '## Output' is empty"),
        (lambda t: t.replace("### Example 2", "### Example 3"), "expected '### Example 2'"),
        (lambda t: t.replace("Note: zero.", "zero."), "Example 2 needs a paragraph starting"),
        (lambda t: t.replace("Note: zero.", "Note:"), "the note of Example 2 is empty"),
        (lambda t: t.replace("Output:\n```\n0\n```", "Output:\n```\n0\n"), "not closed"),
        (lambda t: t.replace("Input:\n```\n1\n0 0\n```", "Input:\n1 0 0"), "followed by a ```"),
        (lambda t: t.replace("### Example 1", "Some text.\n\n### Example 1"), "before the first"),
        (
            lambda t: t.replace("Output:\n\n```\n3\n7\n```", "Output:\n\n```\n\n```"),
            "output block is empty",
        ),
        (lambda t: t.split("### Example 1")[0], "has no '### Example 1'"),
    ],
)
def test_defects_are_named(change, message: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(StatementError, match=message):
        parse_statement(change(GOOD))


def test_error_names_the_line() -> None:
    broken = GOOD.replace("Note: zero.", "zero.")
    with pytest.raises(StatementError) as err:
        parse_statement(broken)
    line = int(str(err.value).split(":")[0].removeprefix("line "))
    assert broken.splitlines()[line - 1] == "zero."
