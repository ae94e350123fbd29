"""Frozen variants: `corpora/variants/<corpus>/<rewriter>.jsonl` and its record.

The `.jsonl` holds one accepted variant per line, each with its provenance (rewriter, model
and weights hash, prompt hash, seed, temperature, attempt, date, the checks it passed), and
is what runs read (`workbench.prompting.load_variant`), so every run of a study sees the very
same text. Beside it, `<rewriter>.meta.json` records what became of every problem the
rewriter was asked about: accepted, rejected (with the checks that failed, per attempt) or
not applicable (with the reason), and the acceptance rate per model.

Rewriting again adds only problems that have no record yet. `--refresh` rewrites every
problem asked for, and first moves the current files to `<rewriter>.v<N>.jsonl` and
`.v<N>.meta.json` (the next free N): a frozen file is never overwritten.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from workbench.problems import Problem, Variant
from workbench.prompting import load_variant, variants_dir
from workbench.rewriting import Outcome, acceptance

ORIGINAL = "original"  # the statement as the corpus has it


def variants_file(corpus: str, rewriter: str) -> Path:
    return variants_dir() / corpus / f"{rewriter}.jsonl"


def meta_file(corpus: str, rewriter: str) -> Path:
    return variants_dir() / corpus / f"{rewriter}.meta.json"


def load_frozen(corpus: str, rewriter: str) -> dict[str, Variant]:
    """The accepted variants of a corpus by problem id (empty when there is no file)."""
    path = variants_file(corpus, rewriter)
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


def load_meta(corpus: str, rewriter: str) -> dict[str, Any]:
    path = meta_file(corpus, rewriter)
    if not path.is_file():
        return {"rewriter": rewriter, "corpus": corpus, "problems": {}}
    try:
        meta: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ValueError(f"{path}: not a variants record: {exc}") from None
    return meta


def recorded(corpus: str, rewriter: str) -> set[str]:
    """Problems the rewriter already has a verdict for (skipped unless refreshing)."""
    return set(load_meta(corpus, rewriter).get("problems", {}))


def archive(corpus: str, rewriter: str, redo: set[str] | None = None) -> int | None:
    """Move the current files to the next free version; returns that version (None when
    there was nothing to move). With `redo`, the variants and records of the other problems
    are carried over into the new current files (only `redo` is made afresh)."""
    current = [variants_file(corpus, rewriter), meta_file(corpus, rewriter)]
    if not any(p.exists() for p in current):
        return None
    folder = current[0].parent
    n = 1
    while (folder / f"{rewriter}.v{n}.jsonl").exists() or (
        folder / f"{rewriter}.v{n}.meta.json"
    ).exists():
        n += 1
    old = load_frozen(corpus, rewriter), load_meta(corpus, rewriter)
    for path, suffix in zip(current, (".jsonl", ".meta.json"), strict=True):
        if path.exists():
            path.rename(folder / f"{rewriter}.v{n}{suffix}")
    if redo is not None:
        frozen, meta = old
        kept = {pid: e for pid, e in meta.get("problems", {}).items() if pid not in redo}
        if kept:
            lines = [
                json.dumps(v.to_dict(), ensure_ascii=False, sort_keys=True)
                for pid, v in frozen.items()
                if pid not in redo
            ]
            meta = meta | {"problems": kept, "acceptance": acceptance_by_model(kept)}
            _write(current[0], "".join(line + "\n" for line in lines))
            _write(
                current[1], json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
            )
    return n


def freeze(
    corpus: str,
    rewriter: str,
    outcomes: Sequence[Outcome],
    model: str | None,
    weights_hash: str | None,
) -> tuple[Path, Path]:
    """Append the accepted variants and record every outcome (atomic file replaces)."""
    path, mpath = variants_file(corpus, rewriter), meta_file(corpus, rewriter)
    path.parent.mkdir(parents=True, exist_ok=True)
    have = load_frozen(corpus, rewriter)
    meta = load_meta(corpus, rewriter)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    for o in outcomes:
        if o.variant is not None and o.problem_id not in have:
            lines.append(json.dumps(o.variant.to_dict(), ensure_ascii=False, sort_keys=True))
            have[o.problem_id] = o.variant
        entry = o.to_dict() | {"model": model, "weights_hash": weights_hash}
        if o.variant is not None:
            entry["date"] = o.variant.provenance.get("date")
        meta["problems"][o.problem_id] = entry
    meta["acceptance"] = acceptance_by_model(meta["problems"])
    _write(path, "".join(line + "\n" for line in lines))
    _write(mpath, json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return path, mpath


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


def frozen_rewriters(corpus: str) -> list[str]:
    """Rewriters that have a current frozen file for the corpus."""
    folder = variants_dir() / corpus
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.jsonl") if ".v" not in p.stem)


def reject(corpus: str, rewriter: str, problem_id: str, why: str) -> int:
    """Withdraw an accepted variant after a human review: the current files become a
    version, and the new ones record the problem as rejected with the reviewer's reason.
    Returns the version the old files were kept as."""
    frozen = load_frozen(corpus, rewriter)
    if problem_id not in frozen:
        raise ValueError(f"{problem_id} has no accepted {rewriter} variant to reject")
    entry = load_meta(corpus, rewriter)["problems"].get(problem_id, {})
    version = archive(corpus, rewriter, {problem_id})
    assert version is not None
    outcome = Outcome(problem_id, "rejected", reason=f"review: {why}", attempts=0)
    outcome.last_rejected = frozen[problem_id].statement
    freeze(corpus, rewriter, [outcome], entry.get("model"), entry.get("weights_hash"))
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
