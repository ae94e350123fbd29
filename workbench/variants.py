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

Rewriting again adds only problems that have no record yet. `--refresh` rewrites every
problem asked for, and first moves the current files to `<name>.v<N>.jsonl` and
`.v<N>.meta.json` (the next free N): a frozen file is never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.problems import Problem, Variant, canonical_json
from workbench.prompting import VariantNotFound, variants_dir
from workbench.rewriting import Outcome, acceptance

ORIGINAL = "original"  # the statement as the corpus has it
AUTHORED = "authored"
_VERSION = re.compile(r"\.v\d+$")


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
        raise VariantNotFound(f"none of the selected problems has a frozen {name!r} variant")
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
    """The accepted variants of a corpus by problem id (empty when there is no file)."""
    path = variants_file(corpus, name)
    if not path.is_file():
        return {}
    out: dict[str, Variant] = {}
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            try:
                v = Variant.from_dict(json.loads(line))
            except (ValueError, TypeError) as exc:
                raise ValueError(f"{path}:{n}: not a variant: {exc}") from None
            out.setdefault(v.problem_id, v)
    return out


def load_meta(corpus: str, name: str) -> dict[str, Any]:
    path = meta_file(corpus, name)
    if not path.is_file():
        rewriter, producer = split_name(name)
        return {"rewriter": rewriter, "producer": producer, "corpus": corpus, "problems": {}}
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not a variants record: {exc}") from None
    return meta


def recorded(corpus: str, name: str) -> set[str]:
    """Problems the name already has a verdict for (skipped unless refreshing)."""
    return set(load_meta(corpus, name).get("problems", {}))


def archive(corpus: str, name: str, redo: set[str] | None = None) -> int | None:
    """Move the current files to the next free version; returns that version (None when
    there was nothing to move). With `redo`, the variants and records of the other problems
    are carried over into the new current files (only `redo` is made afresh)."""
    current = [variants_file(corpus, name), meta_file(corpus, name)]
    if not any(p.exists() for p in current):
        return None
    folder, stem = current[0].parent, _stem(name)
    n = 1
    while (folder / f"{stem}.v{n}.jsonl").exists() or (folder / f"{stem}.v{n}.meta.json").exists():
        n += 1
    old = load_frozen(corpus, name), load_meta(corpus, name)
    for path, suffix in zip(current, (".jsonl", ".meta.json"), strict=True):
        if path.exists():
            path.rename(folder / f"{stem}.v{n}{suffix}")
    if redo is not None:
        frozen, meta = old
        kept = {pid: e for pid, e in meta.get("problems", {}).items() if pid not in redo}
        if kept:
            meta = meta | {"problems": kept, "acceptance": acceptance_by_model(kept)}
            _write(current[0], "".join(_line(v) for pid, v in frozen.items() if pid not in redo))
            _write(
                current[1], json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            )
    return n


def freeze(
    corpus: str,
    name: str,
    outcomes: Sequence[Outcome],
    model: str | None,
    weights_hash: str | None,
) -> tuple[Path, Path]:
    """Append the accepted variants and record every outcome (atomic file replaces)."""
    path, mpath = variants_file(corpus, name), meta_file(corpus, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    have = load_frozen(corpus, name)
    meta = load_meta(corpus, name)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    for o in outcomes:
        if o.variant is not None and o.problem_id not in have:
            lines.append(_line(o.variant).rstrip("\n"))
            have[o.problem_id] = o.variant
        entry = o.to_dict() | {"model": model, "weights_hash": weights_hash}
        if o.variant is not None:
            entry["date"] = o.variant.provenance.get("date")
        meta["problems"][o.problem_id] = entry
    meta["rewriter"], meta["producer"] = split_name(name)
    meta["acceptance"] = acceptance_by_model(meta["problems"])
    _write(path, "".join(line + "\n" for line in lines))
    _write(mpath, json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return path, mpath


def freeze_authored(corpus: str, outcomes: Sequence[tuple[str, Outcome]]) -> list[Path]:
    """Freeze authored variants, given as (rewriter, outcome): each rewriter's
    `@authored` file gets the accepted ones (a rejected source removes its problem's
    variant), the other problems' are kept. A file whose variants change is first kept as a
    version; an unchanged one is not rewritten. Returns the files written."""
    written: list[Path] = []
    for rewriter in sorted({r for r, _ in outcomes}):
        name = f"{rewriter}@{AUTHORED}"
        old, meta = load_frozen(corpus, name), load_meta(corpus, name)
        new, problems = dict(old), dict(meta.get("problems", {}))
        for _, o in (x for x in outcomes if x[0] == rewriter):
            new.pop(o.problem_id, None)
            if o.variant is not None:
                new[o.problem_id] = o.variant
            problems[o.problem_id] = o.to_dict() | {"model": AUTHORED, "weights_hash": None}
        if new == old and problems == meta.get("problems"):
            continue
        if any(new.get(pid) != v for pid, v in old.items()):
            archive(corpus, name)
        path, mpath = variants_file(corpus, name), meta_file(corpus, name)
        path.parent.mkdir(parents=True, exist_ok=True)
        ordered = sorted(new.values(), key=lambda v: _id_key(v.problem_id))
        record = {
            "rewriter": rewriter,
            "producer": AUTHORED,
            "corpus": corpus,
            "problems": dict(sorted(problems.items(), key=lambda kv: _id_key(kv[0]))),
            "acceptance": acceptance_by_model(problems),
        }
        _write(path, "".join(_line(v) for v in ordered))
        _write(mpath, json.dumps(record, indent=1, ensure_ascii=False) + "\n")
        written.append(path)
    return written


def _id_key(problem_id: str) -> tuple[int, str]:
    slug = problem_id.rsplit("/", 1)[-1]
    return (int(slug), slug) if slug.isdigit() else (1 << 30, slug)


def _line(v: Variant) -> str:
    return json.dumps(v.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"


def acceptance_by_model(problems: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Acceptance counts and rate per model, from a record's problem entries."""
    by_model: dict[str, list[Outcome]] = {}
    for pid, e in problems.items():
        o = Outcome(pid, e["status"], attempts=int(e.get("attempts") or 0))
        by_model.setdefault(str(e.get("model")), []).append(o)
    return {m: acceptance(os) for m, os in sorted(by_model.items())}


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def reject(corpus: str, name: str, problem_id: str, why: str) -> int:
    """Withdraw an accepted variant after a human review: the current files become a
    version, and the new ones record the problem as rejected with the reviewer's reason.
    Returns the version the old files were kept as."""
    return reject_all(corpus, name, {problem_id: why})


def reject_all(corpus: str, name: str, reasons: dict[str, str]) -> int:
    """Withdraw several accepted variants after one review (problem id -> why), keeping
    the old files as one version."""
    frozen = load_frozen(corpus, name)
    missing = sorted(pid for pid in reasons if pid not in frozen)
    if missing:
        raise ValueError(f"{missing[0]} has no accepted {name} variant to reject")
    entries = load_meta(corpus, name)["problems"]
    entry: dict[str, Any] = next((entries.get(p, {}) for p in reasons), {})
    version = archive(corpus, name, set(reasons))
    assert version is not None
    outcomes = []
    for problem_id, why in reasons.items():
        outcome = Outcome(problem_id, "rejected", reason=f"review: {why}", attempts=0)
        outcome.last_rejected = frozen[problem_id].statement
        outcomes.append(outcome)
    # One file is one producer: the first entry's model is every entry's.
    freeze(corpus, name, outcomes, entry.get("model"), entry.get("weights_hash"))
    return version


# --- variants in runs ------------------------------------------------------------------------


def applicable(config: dict[str, Any]) -> dict[str, list[str]]:
    """Each variant of a run's config -> the problems it has tasks for."""
    return {
        name: [p for p in config["problems"] if hashes is None or p in hashes]
        for name, hashes in config["variants"].items()
    }


def scored_as(problem: Problem, variant_name: str) -> tuple[Problem, str | None]:
    """How a candidate for a variant is scored: on the original problem's tests, through
    the variant's driver where it has one (callbased: the driver reads the original stdin
    and calls the candidate's function), or with the variant's entry point (renamed)."""
    if variant_name == ORIGINAL:
        return problem, None
    v = load_variant(problem.id, variant_name)
    if v.driver:
        return problem, v.driver
    if v.entry_point and v.entry_point != problem.entry_point:
        return replace(problem, entry_point=v.entry_point), None
    return problem, None
