"""APPS (Hendrycks et al., 2021), adapted from its `datasets` rows (hub or local copy).

A row holds `question`, `input_output` (a JSON string: `inputs`, `outputs`, optional
`fn_name`), `solutions` (a JSON string list), `starter_code`, `difficulty`, `url` and
`problem_id`. A row with `fn_name` is a call problem (one args-form test per input),
else a stdio problem. The first half of a problem's tests (at least one) is public.
Rows without usable tests (APPS has some) are skipped, with one logged warning.
"""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from workbench.corpus import CorpusError
from workbench.problems import Example, IoKind, Problem, Test
from workbench.sources.hub import load_records

log = logging.getLogger(__name__)


def load(
    card: dict[str, Any], root: Path, location: str | None = None, split: str | None = None
) -> list[Problem]:
    source = card["source"]
    location = location or source.get("hub")
    split = split or source.get("split") or "test"
    if not location:
        raise CorpusError("corpus apps: no location; give one: --corpus apps:/path/to/test.jsonl")
    records = load_records(location, split, corpus="apps")
    problems: list[Problem] = []
    skipped: list[str] = []
    for n, rec in enumerate(records):
        problem = adapt(rec, split=split, location=location, licence=card.get("licence"), row=n)
        if problem is None:
            skipped.append(str(rec.get("problem_id", n)))
        else:
            problems.append(problem)
    if skipped:
        shown = ", ".join(skipped[:5]) + (", ..." if len(skipped) > 5 else "")
        log.warning(
            "APPS %s: skipped %d of %d problems without usable tests (problem_id %s)",
            location,
            len(skipped),
            len(records),
            shown,
        )
    return problems


def adapt(
    rec: dict[str, Any], *, split: str, location: str, licence: str | None = None, row: int = 0
) -> Problem | None:
    """One APPS row as a Problem; None when it has no usable tests."""
    pid = rec.get("problem_id", row)
    parsed = _parse_tests(rec.get("input_output"))
    if parsed is None:
        return None
    io, fn_name, tests = parsed
    statement = str(rec.get("question") or "")
    url = rec.get("url") or None
    try:
        return Problem(
            id=f"apps/{split}/{pid}",
            title=_title(url, pid),
            statement=statement,
            io=io,
            entry_point=fn_name,
            starter_code=(rec.get("starter_code") or None) if io == "call" else None,
            examples=tuple(statement_examples(statement)),
            tests=tests,
            solutions=tuple(_parse_solutions(rec.get("solutions"))),
            meta={
                "source": f"APPS ({location})",
                "licence": licence,
                "difficulty": rec.get("difficulty"),
                "url": url,
                "release_date": None,
                "tags": [],
            },
        )
    except ValueError:  # ProblemFormatError: e.g. a test of the wrong shape
        return None


def _parse_tests(raw: Any) -> tuple[IoKind, str | None, tuple[Test, ...]] | None:
    """(io, fn_name, tests) from the `input_output` JSON string; None if unusable."""
    try:
        spec = json.loads(raw) if isinstance(raw, str) else raw
        inputs, outputs = spec["inputs"], spec["outputs"]
    except (ValueError, TypeError, KeyError):
        return None
    if not isinstance(inputs, list) or not isinstance(outputs, list):
        return None
    pairs = list(zip(inputs, outputs, strict=False))
    if not pairs:
        return None
    public_count = max(1, len(pairs) // 2)
    fn_name = spec.get("fn_name") or None
    if fn_name:
        call_tests = tuple(
            Test(
                kind="call",
                public=i < public_count,
                args=tuple(inp) if isinstance(inp, list) else (inp,),
                kwargs={},
                expected=out,
            )
            for i, (inp, out) in enumerate(pairs)
        )
        return "call", str(fn_name), call_tests
    stdio_tests = tuple(
        Test(kind="stdio", public=i < public_count, input=_text(inp), output=_text(out))
        for i, (inp, out) in enumerate(pairs)
    )
    return "stdio", None, stdio_tests


def _text(value: Any) -> str:
    """A stdio input or output: a string, or a list of lines (joined; no newline added)."""
    if isinstance(value, list):
        return "\n".join(str(v) for v in value)
    return value if isinstance(value, str) else str(value)


def _parse_solutions(raw: Any) -> list[str]:
    try:
        sols = json.loads(raw) if isinstance(raw, str) else raw
    except ValueError:
        return []
    return [s for s in sols if isinstance(s, str)] if isinstance(sols, list) else []


def _title(url: Any, pid: Any) -> str:
    """The url's last path part (with the one before when it is a mere letter, as in
    Codeforces' `.../1020/B`), else `problem <id>`."""
    if not isinstance(url, str):
        return f"problem {pid}"
    parts = [p for p in urlparse(url).path.split("/") if p]
    if not parts:
        return f"problem {pid}"
    if len(parts[-1]) <= 2 and len(parts) > 1:
        return f"{parts[-2]}/{parts[-1]}"
    return parts[-1]


_SECTION = re.compile(r"^\s*-{3,}\s*(?P<name>[^-].*?)\s*-{3,}\s*$")
_INPUT = re.compile(r"^\s*(?:sample\s+)?input(?:\s*\d+)?\s*:?\s*$", re.IGNORECASE)
_OUTPUT = re.compile(r"^\s*(?:sample\s+)?output(?:\s*\d+)?\s*:?\s*$", re.IGNORECASE)


def statement_examples(statement: str) -> list[Example]:
    """The Input/Output pairs of the statement's `-----Example(s)-----` section, if any."""
    lines = statement.splitlines()
    start = next(
        (
            i + 1
            for i, ln in enumerate(lines)
            if (m := _SECTION.match(ln)) and m.group("name").lower().startswith("example")
        ),
        None,
    )
    if start is None:
        return []
    examples: list[Example] = []
    block: list[str] | None = None
    given: list[str] | None = None  # the current example's input, once its output begins
    for line in lines[start:]:
        if _SECTION.match(line):
            break
        if _INPUT.match(line):
            if given is not None and block is not None:
                examples.append(Example(_block(given), _block(block)))
            block, given = [], None
        elif _OUTPUT.match(line) and block is not None and given is None:
            given, block = block, []
        elif block is not None:
            block.append(line)
    if given is not None and block is not None:
        examples.append(Example(_block(given), _block(block)))
    return examples


def _block(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")
