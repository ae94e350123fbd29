"""Frozen variants: `corpora/variants/<corpus>/<rewriter>@<producer>.jsonl` and its record.

A variant is keyed by its rewriter *and* its producer: `authored` (written by us, see
`workbench.authored`) or the model that rewrote it (`embedded:0.5b`, `embedded:1.5b`,
`openai:NAME`). Its name in a run is `<rewriter>@<producer>` (`short@authored`); a bare
rewriter name (`short`) means the corpus's preferred producer: `authored` where it has a
file, else the producer with the most variants (`qualify`). A rewriter that uses no model
(examples, renamed) has a single file with the plain name. The producer's ':' becomes '-'
in the file name (`short@embedded-0.5b.jsonl`); the record beside it says the producer.

The `.jsonl` holds one accepted variant per line, each with its provenance (rewriter, model
and weights hash, prompt hash, seed, temperature, attempt, date, the checks it passed), and
is what runs read (`load_variant`), so every run of a study sees the very same text. Beside
it, `<name>.meta.json` records what became of every problem the producer was asked about:
accepted, rejected (with the checks that failed, per attempt) or not applicable (with the
reason), and the acceptance rate.

Writing them (freeze, keep old files as versions, withdraw after a review) is
`workbench.freezing`; this module only reads, and imports no rewriting engine, model or
sandbox.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.corpus import CorpusError, corpora_dir
from workbench.errors import WorkbenchError
from workbench.problems import Problem, Variant, canonical_json

ORIGINAL = "original"  # the statement as the corpus has it
AUTHORED = "authored"
_VERSION = re.compile(r"\.v\d+$")


class VariantNotFound(WorkbenchError, ValueError):
    """A frozen variant a user named does not exist: the message names the file."""


class NoVariantForSelection(VariantNotFound):
    """The variant exists, but none of the selected problems has it (a comparison leaves
    such a variant out rather than failing)."""


def variants_dir() -> Path:
    """Where frozen variants live: `corpora/variants/`, or `$WORKBENCH_VARIANTS`."""
    env = os.environ.get("WORKBENCH_VARIANTS")
    return Path(env) if env else corpora_dir() / "variants"


def split_name(name: str) -> tuple[str, str | None]:
    """`short@embedded:1.5b` -> ("short", "embedded:1.5b"); `short` -> ("short", None)."""
    rewriter, sep, producer = name.partition("@")
    return rewriter, (producer if sep else None)


def _stem(name: str) -> str:
    rewriter, producer = split_name(name)
    if producer is None:
        return rewriter
    return f"{rewriter}@{re.sub(r'[^A-Za-z0-9._-]+', '-', producer)}"


def variants_file(corpus: str, name: str) -> Path:
    return variants_dir() / corpus / f"{_stem(name)}.jsonl"


def meta_file(corpus: str, name: str) -> Path:
    return variants_dir() / corpus / f"{_stem(name)}.meta.json"


def frozen_names(corpus: str) -> list[str]:
    """Every frozen variant name of a corpus: `rewriter@producer`, or the plain rewriter
    name of a file without a producer (deterministic rewriters, files of old versions)."""
    folder = variants_dir() / corpus
    if not folder.is_dir():
        return []
    names = []
    for path in folder.glob("*.jsonl"):
        if _VERSION.search(path.stem):
            continue
        if "@" not in path.stem:
            names.append(path.stem)
            continue
        producer = load_meta(corpus, path.stem).get("producer")
        names.append(f"{path.stem.split('@')[0]}@{producer}" if producer else path.stem)
    return sorted(names)


def producers(corpus: str, rewriter: str) -> list[str]:
    """The producers that have a frozen file of `rewriter` for the corpus."""
    return [p for n in frozen_names(corpus) for r, p in [split_name(n)] if r == rewriter and p]


def frozen_rewriters(corpus: str) -> list[str]:
    """Rewriters with at least one frozen file for the corpus."""
    return sorted({split_name(n)[0] for n in frozen_names(corpus)})


def qualify(corpus: str, name: str) -> str:
    """The full name of a variant in a corpus: a bare rewriter name gets the preferred
    producer (authored, else the one with the most variants); VariantNotFound when the
    corpus has no such file."""
    rewriter, producer = split_name(name)
    if producer is not None:
        if not variants_file(corpus, name).is_file():
            known = producers(corpus, rewriter)
            raise VariantNotFound(
                f"no frozen variants {name!r} of corpus {corpus}"
                + (f" (producers: {', '.join(known)})" if known else "")
            )
        return name
    known = producers(corpus, rewriter)
    if AUTHORED in known:
        return f"{rewriter}@{AUTHORED}"
    if known:
        best = max(known, key=lambda p: (len(load_frozen(corpus, f"{rewriter}@{p}")), p))
        return f"{rewriter}@{best}"
    if variants_file(corpus, name).is_file():
        return name
    raise VariantNotFound(
        f"no frozen variants {name!r} of corpus {corpus} in {variants_dir() / corpus} "
        f"(make them with `workbench rewrite --rewriter {name} --corpus {corpus}`"
        f" or author them: `workbench variants author {corpus}`)"
    )


def qualify_for(corpora: Iterable[str], name: str) -> str:
    """The full name of a variant for a run over problems of these corpora: one name, so
    corpora whose preferred producers differ need the producer said (RunError-like
    VariantNotFound otherwise). The original stays `original`."""
    if name == ORIGINAL:
        return name
    found = {c: qualify(c, name) for c in sorted(set(corpora))}
    if len(set(found.values())) > 1:
        said = ", ".join(f"{c}: {n}" for c, n in found.items())
        raise VariantNotFound(f"{name!r} means different producers here ({said}); name one")
    return next(iter(found.values()), name)


def file_hashes(corpora: Iterable[str], name: str) -> dict[str, str]:
    """sha256 of each corpus's frozen file of a variant (what a run's config records)."""
    out: dict[str, str] = {}
    for c in sorted(set(corpora)):
        path = variants_file(c, name)
        if path.is_file():
            out[c] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def variant_hashes(problems: list[Problem], name: str) -> dict[str, str] | None:
    """The hash of each selected problem's frozen variant `name`. A problem the variant does
    not apply to (or whose rewrite was rejected) has none and is left out of that variant's
    tasks; a variant with no file, or none for any selected problem, is an error."""
    if name == ORIGINAL:
        return None
    hashes: dict[str, str] = {}
    for corpus in sorted({p.id.split("/")[0] for p in problems}):
        frozen = load_frozen(corpus, name)
        if not frozen:
            qualify(corpus, name)  # says what exists
            raise VariantNotFound(f"no frozen variants {name!r} of corpus {corpus}")
        hashes |= {p.id: _hash(frozen[p.id]) for p in problems if p.id in frozen}
    if not hashes:
        raise NoVariantForSelection(f"none of the selected problems has a frozen {name!r} variant")
    return hashes


def _hash(v: Variant) -> str:
    return hashlib.sha256(canonical_json(v.to_dict()).encode()).hexdigest()


def load_variant(problem_id: str, name: str) -> Variant:
    """The frozen variant `name` (full or bare) of a problem."""
    corpus = problem_id.split("/", 1)[0]
    full = qualify(corpus, name)
    frozen = load_frozen(corpus, full)
    if problem_id not in frozen:
        raise VariantNotFound(f"{variants_file(corpus, full)} has no variant of {problem_id}")
    return frozen[problem_id]


def load_frozen(corpus: str, name: str) -> dict[str, Variant]:
    """The accepted variants of a corpus by problem id (empty when there is no file).
    Parsed once per version of the file (its path, size and modification time)."""
    path = variants_file(corpus, name)
    try:
        stat = path.stat()
    except OSError:
        return {}
    return dict(_parse_frozen(path, stat.st_mtime_ns, stat.st_size))


@functools.lru_cache(maxsize=64)
def _parse_frozen(path: Path, mtime_ns: int, size: int) -> dict[str, Variant]:
    out: dict[str, Variant] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                v = Variant.from_dict(json.loads(line))
            except (ValueError, TypeError) as exc:
                raise CorpusError(f"{path}:{n}: not a variant: {exc}") from None
            out.setdefault(v.problem_id, v)
    return out


def load_meta(corpus: str, name: str) -> dict[str, Any]:
    """The record beside a frozen file: every problem's verdict and the acceptance (an
    empty record when there is none; CorpusError when it is not JSON)."""
    path = meta_file(corpus, name)
    if not path.is_file():
        rewriter, producer = split_name(name)
        return {"rewriter": rewriter, "producer": producer, "corpus": corpus, "problems": {}}
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise CorpusError(f"{path}: not a variants record: {exc}") from None
    return meta


# --- variants in runs ------------------------------------------------------------------------


def applicable(config: Mapping[str, Any]) -> dict[str, list[str]]:
    """Each variant of a run's config (its JSON) -> the problems it has tasks for."""
    return {
        name: [p for p in config["problems"] if hashes is None or p in hashes]
        for name, hashes in config["variants"].items()
    }


def scored_as(problem: Problem, variant: Variant | None) -> tuple[Problem, str | None]:
    """How a candidate for a variant is scored: on the original problem's tests, through
    the variant's driver where it has one (callbased: the driver reads the original stdin
    and calls the candidate's function), or with the variant's entry point (renamed)."""
    if variant is None:
        return problem, None
    if variant.driver:
        return problem, variant.driver
    if variant.entry_point and variant.entry_point != problem.entry_point:
        return replace(problem, entry_point=variant.entry_point), None
    return problem, None
