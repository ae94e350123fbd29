"""Program extraction: a model's answer back into the program it contains.

`extract_program` finds the program in an answer: the first fenced code block (an unclosed
one runs to the end), else the text itself; for call problems it restores the starter
code's imports and helper functions and drops test code after the function.
"""

from __future__ import annotations

import ast
import io as _io
import keyword
import re
import tokenize

from workbench.prompting import Prompt

_PY_TAGS = {"python", "py", "python3", "py3"}
_CODE_LINE = re.compile(
    r"^\s*(def |class |import |from \S+ import |for |while |if |return\b|print\(|@|\w+\s*=[^=])"
)
_PROSE = re.compile(r"^([A-Za-z][\w']*[:,!.]?\s+[A-Za-z(`\"']|\*\*|[-*] \w|\d+\. [A-Za-z])")
_KEYWORDS = {*keyword.kwlist, *keyword.softkwlist, "print"}


def extract_program(prompt: Prompt, text: str, prefilled: bool = True) -> str:
    """The program in a model's answer (`prompt.prefill + text`, or `text` when the prefill
    was not given to the model). Never raises: an answer without code comes back as it is,
    and the sandbox reports its syntax error."""
    answer = prompt.prefill + text if prefilled else text
    code = _fenced(answer)
    code = _trim_prose(answer if code is None else code)
    if prompt.io == "call" and prompt.entry_point:
        code = _complete_call(prompt, code)
    return code.rstrip() + "\n" if code.strip() else answer


def _fenced(answer: str) -> str | None:
    """The first fenced block with code (python-tagged first); an unclosed fence runs to the
    end. None when the answer has no fenced block with anything in it."""
    blocks: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    indent = 0
    for line in answer.splitlines():
        stripped = line.strip()
        if current is None:
            if line.count("```") != 1:
                continue  # no fence, or inline code such as ```x```
            tag = _tag(line[line.index("```") + 3 :])
            indent = len(line) - len(line.lstrip()) if stripped.startswith("```") else 0
            current = []
            blocks.append((tag, current))
        elif stripped.startswith("```"):
            tag = _tag(stripped[3:])
            if tag and not "".join(current).strip():
                blocks[-1] = (tag, current)  # a repeated opening fence
            elif tag:
                current = []
                blocks.append((tag, current))
            else:
                current = None
        else:
            closes = line.rstrip().endswith("```")  # code```: the fence ends the last line
            content = line.rstrip()[:-3] if closes else line
            cut = min(indent, len(content) - len(content.lstrip(" ")))
            current.append(content[cut:])
            if closes:
                current = None
    texts = [(tag, "\n".join(lines) + "\n") for tag, lines in blocks]
    for wanted in (
        lambda tag, code: (tag in _PY_TAGS or tag.startswith("python")) and _has_code(code),
        lambda tag, code: not tag and _has_code(code),
        lambda tag, code: _has_code(code),
        lambda tag, code: (tag in _PY_TAGS or not tag) and bool(code.strip()),
    ):
        for tag, code in texts:
            if wanted(tag, code):
                return code
    return None


def _tag(rest: str) -> str:
    """The language tag after an opening fence: `python` in "```python title=x"."""
    return re.sub(r"[^\w+#.-].*", "", rest.strip(), flags=re.S).lower()


def _parses(code: str) -> bool:
    try:
        ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _has_code(code: str) -> bool:
    """More than example data: a statement, or an expression that calls something."""
    if not code.strip():
        return False
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return any(_CODE_LINE.match(ln) for ln in code.splitlines())
    return any(
        not isinstance(node, ast.Expr) or isinstance(node.value, ast.Call) for node in tree.body
    )


def _is_prose(line: str) -> bool:
    if not line.strip() or line[0].isspace() or not _PROSE.match(line):
        return False
    first = re.match(r"\w*", line).group()  # type: ignore[union-attr]
    assignment = re.match(r"[\w\s,.\[\]]+=[^=]", line)  # `a, b = (` of a longer statement
    return first not in _KEYWORDS and not assignment and not _parses(line)


def _trim_prose(code: str) -> str:
    """Drops prose lines before and after the code, where they make it unparsable."""
    if _parses(code):
        return code
    lines = code.splitlines(keepends=True)
    start = 0
    while start < len(lines) and (not lines[start].strip() or _is_prose(lines[start])):
        start += 1
    if start < len(lines):
        lines = lines[start:]
    code = "".join(lines)
    if _parses(code):
        return code
    for i, line in enumerate(lines):
        if i and _is_prose(line) and _parses("".join(lines[:i])):
            return "".join(lines[:i])
    return code


def _defines(code: str, name: str) -> bool:
    return (
        re.search(rf"^[ \t]*(async[ \t]+)?(def|class)[ \t]+{re.escape(name)}\b", code, re.M)
        is not None
    )


def _ending_line(text: str) -> str:
    """`text` ending in a newline (unless empty), so that code appended to it starts a line."""
    return text if not text or text.endswith("\n") else text + "\n"


def _complete_call(prompt: Prompt, code: str) -> str:
    starter = prompt.starter_code or ""
    entry = prompt.entry_point or ""
    if not _defines(code, entry) and _defines(starter, entry):
        first = next((ln for ln in code.splitlines() if ln.strip()), "")
        if first[:1].isspace():  # only the function's body: put the signature back on
            code = _ending_line(starter.rstrip(" \t")) + code
    code = _cut_test_code(code, entry, strict=prompt.kind == "completion")
    if not _defines(code, entry):
        return code
    header = [imp for imp in _starter_imports(starter) if not _has_import(code, imp)]
    helpers = [src for name, src in _starter_helpers(starter, entry) if not _defines(code, name)]
    if not header and not helpers:
        return code
    chunks = ["\n".join(header)] if header else []
    return "\n\n\n".join([*chunks, *helpers, code.lstrip("\n")])


def _cut_test_code(code: str, entry: str, strict: bool) -> str:
    """Cuts a call program at its first top-level line, after the entry point's `def`, that
    is test code. strict (completion): any statement but def/class/import/from/@; otherwise
    (chat): the same, but top-level assignments (constants) are kept."""
    allowed = {"def", "class", "import", "from", "@", "async"}
    starts = _logical_line_starts(code)
    after = next(
        (i for i, (_, toks) in enumerate(starts) if toks[:2] == ["def", entry]
         or toks[:3] == ["async", "def", entry]),
        None,
    )  # fmt: skip
    if after is None:
        return code
    for lineno, toks in starts[after + 1 :]:
        if toks[0] in allowed:
            continue
        if not strict and len(toks) > 1 and toks[1] in ("=", ":"):
            continue
        lines = code.splitlines(keepends=True)[: lineno - 1]
        while lines and (not lines[-1].strip() or lines[-1].startswith("#")):
            lines.pop()
        return "".join(lines)
    return code


def _logical_line_starts(code: str) -> list[tuple[int, list[str]]]:
    """(line number, first two or three tokens) of each top-level logical line; stops
    quietly where the code stops being tokenizable (prose, a truncated string)."""
    starts: list[tuple[int, list[str]]] = []
    current: list[str] | None = None
    at_start = True
    skip = {tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT, tokenize.ENDMARKER}
    try:
        for tok in tokenize.generate_tokens(_io.StringIO(code).readline):
            if tok.type == tokenize.NEWLINE:
                at_start, current = True, None
            elif tok.type in skip:
                continue
            elif at_start:
                at_start = False
                if tok.start[1] == 0:
                    current = [tok.string]
                    starts.append((tok.start[0], current))
            elif current is not None and len(current) < 3:
                current.append(tok.string)
    except (tokenize.TokenError, SyntaxError):
        pass
    return starts


def _starter_imports(starter: str) -> list[str]:
    try:
        tree = ast.parse(starter)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return [ln for ln in starter.splitlines() if re.match(r"(import |from \S+ import )", ln)]
    return [
        ast.get_source_segment(starter, node) or ""
        for node in tree.body
        if isinstance(node, ast.Import | ast.ImportFrom)
    ]


def _has_import(code: str, imp: str) -> bool:
    if "\n" in imp:
        return imp in code
    return any(ln.strip().startswith(imp) for ln in code.splitlines())


def _starter_helpers(starter: str, entry: str) -> list[tuple[str, str]]:
    """Complete top-level functions and classes of the starter code other than the entry
    point (HumanEval/38's encode_cyclic), which the answer may call but not repeat."""
    try:
        tree = ast.parse(starter)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return []
    lines = starter.splitlines()
    helpers = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            if node.name == entry:
                continue
            first = min([node.lineno] + [d.lineno for d in node.decorator_list])
            helpers.append((node.name, "\n".join(lines[first - 1 : node.end_lineno])))
    return helpers
