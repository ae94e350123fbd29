"""CodeContests (Li et al., 2022), adapted from its `datasets` rows (hub or local copy).

A row holds `name`, `description`, `public_tests` / `private_tests` / `generated_tests`
(each `{input: [...], output: [...]}`), `solutions` (`{language: [...], solution:
[...]}`), `difficulty`, `cf_rating`, `cf_tags`, `source`, `time_limit` and
`memory_limit_bytes`. Every problem is stdio. The statement's tests are public (and
are the examples); private and generated tests are private, less any that repeat a
test already kept. Only Python 3 solutions are kept. Rows without tests are skipped.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from workbench.corpus import CorpusError
from workbench.problems import Example, Problem, Test
from workbench.sources.hub import load_records

log = logging.getLogger(__name__)

PYTHON3 = 3  # the `language` enum of CodeContests: 1 Python 2, 2 C++, 3 Python 3, 4 Java
PLATFORMS = {
    1: "codechef",
    2: "codeforces",
    3: "hackerearth",
    4: "codejam",
    5: "atcoder",
    6: "aizu",
}  # the `source` enum; 0 is unknown


def load(
    card: dict[str, Any], root: Path, location: str | None = None, split: str | None = None
) -> list[Problem]:
    source = card["source"]
    location = location or source.get("hub")
    split = split or source.get("split") or "test"
    if not location:
        raise CorpusError(
            "corpus codecontests: no location; give one: "
            "--corpus codecontests:/path/to/test.parquet"
        )
    records = load_records(location, split, corpus="codecontests", suffix=".parquet")
    problems: list[Problem] = []
    used: set[str] = set()
    skipped = 0
    for n, rec in enumerate(records):
        slug = _unique(slugify(str(rec.get("name") or f"problem {n}")), used)
        problem = adapt(
            rec, pid=f"codecontests/{split}/{slug}", location=location, licence=card.get("licence")
        )
        if problem is None:
            skipped += 1
        else:
            problems.append(problem)
    if skipped:
        log.warning(
            "CodeContests %s: skipped %d of %d problems without tests",
            location,
            skipped,
            len(records),
        )
    return problems


def slugify(name: str) -> str:
    """`1548_E. Gregor and the Two Painters` -> `1548-e-gregor-and-the-two-painters`."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "problem"


def _unique(slug: str, used: set[str]) -> str:
    """SLUG, or SLUG-2, SLUG-3, ... when an earlier problem took it."""
    candidate, k = slug, 1
    while candidate in used:
        k += 1
        candidate = f"{slug}-{k}"
    used.add(candidate)
    return candidate


def adapt(
    rec: dict[str, Any], *, pid: str, location: str, licence: str | None = None
) -> Problem | None:
    """One CodeContests row as a Problem; None when it has no tests at all."""
    public = _pairs(rec.get("public_tests"))
    seen = set(public)
    private: list[tuple[str, str]] = []
    for pair in _pairs(rec.get("private_tests")) + _pairs(rec.get("generated_tests")):
        if pair not in seen:  # generated tests often repeat the statement's
            seen.add(pair)
            private.append(pair)
    tests = tuple(Test(kind="stdio", public=True, input=i, output=o) for i, o in public) + tuple(
        Test(kind="stdio", public=False, input=i, output=o) for i, o in private
    )
    if not tests:
        return None
    name = str(rec.get("name") or pid.rsplit("/", 1)[1])
    return Problem(
        id=pid,
        title=name,
        statement=str(rec.get("description") or ""),
        io="stdio",
        tests=tests,
        examples=tuple(Example(input=i, output=o) for i, o in public),
        solutions=tuple(python3_solutions(rec.get("solutions"))),
        meta={
            "source": f"CodeContests ({location})",
            "licence": licence,
            "platform": _platform(rec.get("source")),
            "difficulty": rec.get("difficulty"),
            "cf_rating": rec.get("cf_rating"),
            "tags": list(rec.get("cf_tags") or []),
            "time_limit_s": _seconds(rec.get("time_limit")),
            "memory_limit_bytes": rec.get("memory_limit_bytes"),
            "release_date": None,
        },
    )


def _pairs(tests: Any) -> list[tuple[str, str]]:
    """(input, output) pairs of a `{input: [...], output: [...]}` column; [] if absent."""
    if not isinstance(tests, dict):
        return []
    inputs, outputs = tests.get("input") or [], tests.get("output") or []
    return [(str(i), str(o)) for i, o in zip(inputs, outputs, strict=False)]


def python3_solutions(solutions: Any) -> list[str]:
    if not isinstance(solutions, dict):
        return []
    languages, codes = solutions.get("language") or [], solutions.get("solution") or []
    return [code for lang, code in zip(languages, codes, strict=False) if lang == PYTHON3]


def _platform(source: Any) -> str | None:
    return PLATFORMS.get(source) if isinstance(source, int) else None


def _seconds(limit: Any) -> float | None:
    """`{seconds, nanos}` as seconds; None when absent."""
    if not isinstance(limit, dict) or limit.get("seconds") is None:
        return None
    return float(limit["seconds"]) + float(limit.get("nanos") or 0) / 1e9
