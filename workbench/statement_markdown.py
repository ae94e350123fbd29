"""Contest statements in Markdown, split into their sections.

The authored corpora (`corpora/fresh/src/*/statement.md`) use one strict shape:

    # Title
    story (the legend) ...
    ## Input
    ## Output
    ## Examples
    ### Example 1
    Input:  a fenced block      Output: a fenced block      Note: one or more paragraphs

`parse_statement` returns the sections, or raises `StatementError` naming the line, so
that a corpus validator can report the defect and a rewriter can work on one section and
keep the others verbatim. Stdlib only.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.errors import WorkbenchError

SECTIONS = ("Input", "Output", "Examples")
_FENCE = "```"


class StatementError(WorkbenchError, ValueError):
    """The text does not follow the statement shape; the message names the line."""


@dataclass(frozen=True)
class StatementExample:
    input: str
    output: str
    note: str


@dataclass(frozen=True)
class Statement:
    title: str
    legend: str
    input: str
    output: str
    examples: tuple[StatementExample, ...]

    @property
    def body(self) -> str:
        """Everything a contestant sees below the title (the problem's `statement`)."""
        return render_body(self)


def parse_statement(text: str) -> Statement:
    lines = text.splitlines()
    if not lines or not lines[0].startswith("# "):
        raise StatementError("line 1: a statement starts with '# Title'")
    title = lines[0][2:].strip()
    if not title:
        raise StatementError("line 1: the title is empty")
    parts = _split(lines, 1, "## ")
    found = [name for name, _, _ in parts[1:]]
    if found != list(SECTIONS):
        raise StatementError(
            f"sections are {found or 'missing'}; expected '## Input', '## Output', '## Examples'"
        )
    legend = _block(lines[1 : parts[1][1] - 1])
    if not legend:
        raise StatementError("the story (text between the title and '## Input') is empty")
    sections = {name: (start, end) for name, start, end in parts[1:]}
    for name in ("Input", "Output"):
        start, end = sections[name]
        if not _block(lines[start:end]):
            raise StatementError(f"line {start}: section '## {name}' is empty")
    start, end = sections["Examples"]
    examples = _examples(lines, start, end)
    return Statement(
        title=title,
        legend=legend,
        input=_block(lines[slice(*sections["Input"])]),
        output=_block(lines[slice(*sections["Output"])]),
        examples=tuple(examples),
    )


def _split(lines: list[str], start: int, marker: str) -> list[tuple[str, int, int]]:
    """Headings with `marker` outside fenced blocks: (name, first body line, end) each,
    where the first entry is the text before the first heading."""
    heads: list[tuple[str, int]] = []
    fenced = False
    for i in range(start, len(lines)):
        if lines[i].startswith(_FENCE):
            fenced = not fenced
        elif not fenced and lines[i].startswith(marker):
            heads.append((lines[i][len(marker) :].strip(), i + 1))
    parts = [("", start, heads[0][1] - 1 if heads else len(lines))]
    for n, (name, body) in enumerate(heads):
        end = heads[n + 1][1] - 1 if n + 1 < len(heads) else len(lines)
        parts.append((name, body, end))
    return parts


def _block(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n").strip()


def _examples(lines: list[str], start: int, end: int) -> list[StatementExample]:
    parts = _split(lines[:end], start, "### ")
    if _block(lines[start : parts[0][2]]):
        raise StatementError(f"line {start + 1}: text before the first '### Example 1'")
    if len(parts) == 1:
        raise StatementError(f"line {start}: '## Examples' has no '### Example 1'")
    examples = []
    for k, (name, body, stop) in enumerate(parts[1:], 1):
        if name != f"Example {k}":
            raise StatementError(f"line {body}: expected '### Example {k}', got '### {name}'")
        examples.append(_example(lines, body, stop, k))
    return examples


def _example(lines: list[str], i: int, end: int, k: int) -> StatementExample:
    where = f"Example {k}"
    i = _skip_blank(lines, i, end)
    input_text, i = _labelled_fence(lines, i, end, "Input:", where)
    i = _skip_blank(lines, i, end)
    output_text, i = _labelled_fence(lines, i, end, "Output:", where)
    i = _skip_blank(lines, i, end)
    note = _block(lines[i:end])
    if not note.startswith("Note:"):
        raise StatementError(f"line {i + 1}: {where} needs a paragraph starting with 'Note:'")
    note = note[len("Note:") :].strip()
    if not note:
        raise StatementError(f"line {i + 1}: the note of {where} is empty")
    return StatementExample(input=input_text, output=output_text, note=note)


def _skip_blank(lines: list[str], i: int, end: int) -> int:
    while i < end and not lines[i].strip():
        i += 1
    return i


def _labelled_fence(lines: list[str], i: int, end: int, label: str, where: str) -> tuple[str, int]:
    if i >= end or lines[i].strip() != label:
        raise StatementError(f"line {i + 1}: {where} needs '{label}' here")
    i = _skip_blank(lines, i + 1, end)
    if i >= end or not lines[i].startswith(_FENCE):
        raise StatementError(f"line {i + 1}: {where}: '{label}' must be followed by a ``` block")
    close = next((j for j in range(i + 1, end) if lines[j].startswith(_FENCE)), None)
    if close is None:
        raise StatementError(f"line {i + 1}: {where}: the ``` block is not closed")
    body = lines[i + 1 : close]
    if not any(ln.strip() for ln in body):
        raise StatementError(f"line {i + 1}: {where}: the {label[:-1].lower()} block is empty")
    return "\n".join(body) + "\n", close + 1


def render_body(s: Statement) -> str:
    """The statement below its title, in the same shape `parse_statement` reads."""
    parts = [s.legend, "## Input", s.input, "## Output", s.output, "## Examples"]
    for k, ex in enumerate(s.examples, 1):
        parts += [
            f"### Example {k}",
            f"Input:\n\n{_FENCE}\n{ex.input}{_FENCE}",
            f"Output:\n\n{_FENCE}\n{ex.output}{_FENCE}",
            f"Note: {ex.note}",
        ]
    return "\n\n".join(parts) + "\n"


def render_statement(s: Statement) -> str:
    return f"# {s.title}\n\n" + render_body(s)
