"""The frozen variants shipped in corpora/variants/: every one is of a problem that exists,
carries its provenance, still passes its rewriter's checks against the corpus as it is
now, and agrees with its record (the .meta.json beside it); a callbased variant's
reference still passes every original test through its driver. Authored variants were
built from the source files as they are now (their sha256 matches), and every source
file has a verdict."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from workbench import rewriting
from workbench.corpus import find_problem
from workbench.drivers import compose
from workbench.execution import Executor
from workbench.problems import Variant
from workbench.rewriting import Tools

ROOT = Path(__file__).resolve().parent.parent / "corpora" / "variants"
FILES = sorted(p for p in ROOT.glob("*/*.jsonl") if not re.search(r"\.v\d+$", p.stem))
SOURCES = sorted(ROOT.glob("*/authored/*/*.*"))


def test_variants_are_shipped_for_both_corpora() -> None:
    corpora = {p.parent.name for p in FILES}
    assert {"fresh", "humaneval"} <= corpora


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_frozen_file_agrees_with_its_record_and_checks(path: Path, executor: Executor) -> None:
    name, _, producer = path.stem.partition("@")
    rewriter = rewriting.get(name)
    meta = json.loads(path.with_name(f"{path.stem}.meta.json").read_text())
    lines = [json.loads(x) for x in path.read_text().splitlines() if x.strip()]
    ids = [d["problem_id"] for d in lines]
    assert len(ids) == len(set(ids)), "one variant per problem"
    accepted = {pid for pid, e in meta["problems"].items() if e["status"] == "accepted"}
    assert set(ids) == accepted
    for e in meta["problems"].values():
        assert e["status"] in ("accepted", "rejected", "not_applicable")
        assert e["status"] == "accepted" or e["reason"]
    for d in lines:
        v = Variant.from_dict(d)
        problem = find_problem(v.problem_id)
        prov = v.provenance
        assert prov["rewriter"] == name and v.variant == name
        assert prov["checks"]
        if producer == "authored":
            source = ROOT / prov["source"]
            assert prov["producer"] == "authored" and prov["model"] is None
            digest = hashlib.sha256(source.read_bytes()).hexdigest()
            assert prov["source_sha256"] == digest, f"{source} changed: variants author again"
        elif rewriter.uses_model:
            assert prov["date"].endswith("Z")
            assert prov["model"] and len(prov["weights_hash"]) == 64
            # The instructions may have changed since: the variant keeps the hash it was made with.
            assert len(prov["prompt_hash"]) == 64
        failed = {k: w for k, w in rewriter.checks(problem, v, Tools(executor)).items() if w}
        assert not failed, (v.problem_id, failed)
        if v.driver:
            program = compose(prov["reference"], v.driver, v.entry_point or "solve")
            results = executor.run(program, problem)
            assert all(r.passed for r in results), (v.problem_id, results[:2])


def test_every_authored_source_has_a_verdict() -> None:
    """A source file that was never built (or built before its last edit) is not silently
    left out of the frozen variants."""
    assert SOURCES, "authored variants are shipped"
    for source in SOURCES:
        corpus, rewriter, slug = source.parts[-4], source.parts[-2], source.stem
        meta = json.loads((ROOT / corpus / f"{rewriter}@authored.meta.json").read_text())
        entry = meta["problems"].get(f"{corpus}/{slug}")
        assert entry is not None, f"{source} was never built: workbench variants author {corpus}"


def test_reading_frozen_variants_loads_no_engine() -> None:
    """Loading a frozen text pulls in neither the rewriting engine nor models nor the
    sandbox: `variants` (and the writing side, `freezing`) stand apart from them."""
    code = (
        "import sys, workbench.variants, workbench.freezing\n"
        "heavy = ('workbench.models', 'workbench.execution', 'workbench.rewriting')\n"
        "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n"
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert r.stdout.strip() == "[]", r.stdout
