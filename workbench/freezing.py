"""Writing frozen variants: freeze a rewrite's accepted variants with their record, keep old
files as versions, withdraw a variant after a review. (Reading them is `variants.py`.)

Rewriting again adds only problems that have no record yet (`recorded`). `--refresh`
rewrites every problem asked for, and first moves the current files to `<name>.v<N>.jsonl`
and `.v<N>.meta.json` (the next free N, `archive`): a frozen file is never overwritten.
Every file is replaced atomically (a temporary file, then a rename).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from workbench.problems import Variant
from workbench.rewrite_result import RewriteResult, acceptance
from workbench.variants import (
    AUTHORED,
    VariantNotFound,
    load_frozen,
    load_meta,
    meta_file,
    split_name,
    variants_file,
)


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
    folder, stem = current[0].parent, current[0].stem
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
    results: Sequence[RewriteResult],
    model: str | None,
    weights_hash: str | None,
) -> tuple[Path, Path]:
    """Append the accepted variants and record every result (atomic file replaces)."""
    path, mpath = variants_file(corpus, name), meta_file(corpus, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    have = load_frozen(corpus, name)
    meta = load_meta(corpus, name)
    lines = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
    for r in results:
        if r.variant is not None and r.problem_id not in have:
            lines.append(_line(r.variant).rstrip("\n"))
            have[r.problem_id] = r.variant
        entry = r.to_dict() | {"model": model, "weights_hash": weights_hash}
        if r.variant is not None:
            entry["date"] = r.variant.provenance.get("date")
        meta["problems"][r.problem_id] = entry
    meta["rewriter"], meta["producer"] = split_name(name)
    meta["acceptance"] = acceptance_by_model(meta["problems"])
    _write(path, "".join(line + "\n" for line in lines))
    _write(mpath, json.dumps(meta, indent=1, sort_keys=True, ensure_ascii=False) + "\n")
    return path, mpath


def freeze_authored(corpus: str, results: Sequence[tuple[str, RewriteResult]]) -> list[Path]:
    """Freeze authored variants, given as (rewriter, result): each rewriter's
    `@authored` file gets the accepted ones (a rejected source removes its problem's
    variant), the other problems' are kept. A file whose variants change is first kept as a
    version; an unchanged one is not rewritten. Returns the files written."""
    written: list[Path] = []
    for rewriter in sorted({r for r, _ in results}):
        name = f"{rewriter}@{AUTHORED}"
        old, meta = load_frozen(corpus, name), load_meta(corpus, name)
        new, problems = dict(old), dict(meta.get("problems", {}))
        for _, r in (x for x in results if x[0] == rewriter):
            new.pop(r.problem_id, None)
            if r.variant is not None:
                new[r.problem_id] = r.variant
            problems[r.problem_id] = r.to_dict() | {"model": AUTHORED, "weights_hash": None}
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


def acceptance_by_model(problems: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Acceptance counts and rate per model, from a record's problem entries (as the record
    stores them)."""
    by_model: dict[str, list[RewriteResult]] = {}
    for pid, e in problems.items():
        r = RewriteResult(pid, e["status"], attempts=int(e.get("attempts") or 0))
        by_model.setdefault(str(e.get("model")), []).append(r)
    return {m: acceptance(rs).to_dict() for m, rs in sorted(by_model.items())}


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
        raise VariantNotFound(f"{missing[0]} has no accepted {name} variant to reject")
    entries = load_meta(corpus, name)["problems"]
    entry: dict[str, Any] = next((entries.get(p, {}) for p in reasons), {})
    version = archive(corpus, name, set(reasons))
    assert version is not None
    results = []
    for problem_id, why in reasons.items():
        result = RewriteResult(problem_id, "rejected", reason=f"review: {why}", attempts=0)
        result.last_rejected = frozen[problem_id].statement
        results.append(result)
    # One file is one producer: the first entry's model is every entry's.
    freeze(corpus, name, results, entry.get("model"), entry.get("weights_hash"))
    return version


def _id_key(problem_id: str) -> tuple[int, str]:
    slug = problem_id.rsplit("/", 1)[-1]
    return (int(slug), slug) if slug.isdigit() else (1 << 30, slug)


def _line(v: Variant) -> str:
    return json.dumps(v.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
