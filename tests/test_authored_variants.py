"""Authored variants and producers: a source file goes through the rewriter's own build and
checks; the accepted ones freeze as `<rewriter>@authored` with the source's hash; a bare
variant name means the corpus's preferred producer (authored first); a run records the full
name and the file's hash; `variants author` and `variants list` through the CLI."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from workbench import authored, freezing, variants
from workbench.cli import app
from workbench.corpus import find_problem
from workbench.execution import Executor
from workbench.plan import RunSpec, resolve
from workbench.problems import Variant
from workbench.rewrite_result import RewriteResult
from workbench.rewriting import Rejected, Tools, get
from workbench.variants import VariantNotFound

cli = CliRunner()
PROSE_0 = "Tell whether any two of the numbers lie closer to each other than threshold."


@pytest.fixture()
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WORKBENCH_VARIANTS", str(tmp_path))
    return tmp_path


def _source(store: Path, corpus: str, rewriter: str, slug: str, text: str) -> Path:
    path = (
        store
        / corpus
        / "authored"
        / rewriter
        / f"{slug}.{'py' if rewriter == 'callbased' else 'md'}"
    )
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_answers_from_a_source_file() -> None:
    fresh = find_problem("fresh/003")
    short = get("short")
    assert authored.answers(short, fresh, "\nNew legend.\n") == {"legend": "New legend."}
    with pytest.raises(Rejected, match="rewrites input, which this rewriter keeps"):
        authored.answers(short, fresh, "Legend.\n## Input\nOther input.\n")
    call = find_problem("humaneval/0")
    assert authored.answers(short, call, "Prose.") == {"prose": "Prose."}
    code = "def solve(a: int) -> int:\n    '''a.'''\n    return a\n\nprint(solve(1))\n"
    assert authored.answers(get("callbased"), fresh, code)["split"].startswith("```python\n")


def test_storyfree_source_must_rewrite_a_section_that_names_a_character() -> None:
    magnets = find_problem("fresh/003")  # its Output says "if Timur can turn s into r"
    storyfree = get("storyfree")
    with pytest.raises(Rejected, match="needs a `## Output` section"):
        authored.answers(storyfree, magnets, "Neutral legend.")
    text = "Neutral legend.\n\n## Output\n\nPrint YES or NO.\n"
    assert authored.answers(storyfree, magnets, text) == {
        "legend": "Neutral legend.",
        "output": "Print YES or NO.",
    }
    named = replace(
        magnets, statement=magnets.statement.replace("## Input\n\n", "## Input\n\nTimur asks. ")
    )
    with pytest.raises(Rejected, match="needs a `## Input` section"):
        authored.answers(storyfree, named, text)


def test_author_one_accepts_and_rejects_through_the_checks(store: Path, executor: Executor) -> None:
    problem = find_problem("humaneval/0")
    good = _source(store, "humaneval", "short", "0", "Any two numbers closer than threshold?")
    out = authored.author_one(get("short"), problem, good, Tools(executor))
    assert out.status == "accepted" and out.variant is not None
    prov = out.variant.provenance
    assert prov["producer"] == "authored" and prov["model"] is None
    assert prov["source"] == "humaneval/authored/short/0.md" and len(prov["source_sha256"]) == 64
    assert "at most 60% of the words" in prov["checks"]
    assert "Any two numbers closer than threshold?" in (out.variant.starter_code or "")
    long = _source(store, "humaneval", "short", "0", PROSE_0 + " " + PROSE_0)
    out = authored.author_one(get("short"), problem, long, Tools(executor))
    assert out.status == "rejected" and "at most 60% of the words" in out.reason


def test_slugs_in_a_spec(store: Path) -> None:
    for slug in ("001", "002", "010", "041"):
        _source(store, "fresh", "short", slug, "x")
    assert authored.slugs("fresh", "short") == ["001", "002", "010", "041"]
    assert authored.slugs("fresh", "short", "1-10") == ["001", "002", "010"]
    assert authored.slugs("fresh", "short", "fresh/041,2") == ["002", "041"]


def test_cli_author_checks_freezes_and_versions(store: Path) -> None:
    _source(store, "humaneval", "short", "0", "Any two numbers closer than threshold?")
    _source(store, "humaneval", "short", "2", "Return the decimal part of number (less than 1).")
    r = cli.invoke(app, ["variants", "author", "humaneval", "--check"])
    assert r.exit_code == 0, r.output
    assert "humaneval/0 short: accepted" in r.output and "nothing written" in r.output
    assert not (store / "humaneval" / "short@authored.jsonl").exists()
    r = cli.invoke(app, ["variants", "author", "humaneval"])
    assert r.exit_code == 0, r.output
    frozen = variants.load_frozen("humaneval", "short@authored")
    assert set(frozen) == {"humaneval/0", "humaneval/2"}
    before = (store / "humaneval" / "short@authored.jsonl").read_text()
    r = cli.invoke(app, ["variants", "author", "humaneval"])  # unchanged: nothing written
    assert r.exit_code == 0 and "wrote" not in r.output
    # An edit that fails a check withdraws that variant; the old file is kept as a version.
    _source(store, "humaneval", "short", "2", PROSE_0 * 3)
    r = cli.invoke(app, ["variants", "author", "humaneval", "--problems", "2"])
    assert r.exit_code == 1 and "humaneval/2 short: rejected" in r.output
    assert (store / "humaneval" / "short@authored.v1.jsonl").read_text() == before
    assert set(variants.load_frozen("humaneval", "short@authored")) == {"humaneval/0"}
    meta = variants.load_meta("humaneval", "short@authored")
    assert (
        meta["producer"] == "authored" and meta["problems"]["humaneval/2"]["status"] == "rejected"
    )
    r = cli.invoke(app, ["variants", "list", "--corpus", "humaneval", "--json"])
    rows = json.loads(r.stdout)
    assert rows == [
        rows[0]
        | {
            "rewriter": "short",
            "producer": "authored",
            "accepted": 1,
            "rejected": 1,
            "preferred": True,
        }
    ]


def test_cli_author_bad_input(store: Path) -> None:
    r = cli.invoke(app, ["variants", "author", "humaneval"])
    assert r.exit_code == 2 and "has no authored variants" in r.output
    _source(store, "humaneval", "short", "0", "x")
    r = cli.invoke(app, ["variants", "author", "humaneval", "--rewriters", "nope"])
    assert r.exit_code == 2 and "unknown rewriter 'nope'" in r.output
    r = cli.invoke(app, ["variants", "author", "humaneval", "--problems", "7"])
    assert r.exit_code == 2 and "no sources match" in r.output
    _source(store, "humaneval", "short", "9999", "x")
    r = cli.invoke(app, ["variants", "author", "humaneval", "--problems", "9999"])
    assert r.exit_code == 2 and "humaneval/9999" in r.output


def _freeze(corpus: str, name: str, ids: list[str], model: str | None = None) -> None:
    rewriter = variants.split_name(name)[0]
    outs = [
        RewriteResult(
            pid, "accepted", variant=Variant(pid, rewriter, f"{name} of {pid}"), attempts=1
        )
        for pid in ids
    ]
    freezing.freeze(corpus, name, outs, model, None)


def test_bare_names_take_the_preferred_producer(store: Path) -> None:
    _freeze("humaneval", "short@embedded:0.5b", ["humaneval/0", "humaneval/1"], "embedded:0.5b")
    _freeze("humaneval", "short@embedded:1.5b", ["humaneval/0"], "embedded:1.5b")
    assert (store / "humaneval" / "short@embedded-0.5b.jsonl").is_file()
    assert variants.frozen_names("humaneval") == ["short@embedded:0.5b", "short@embedded:1.5b"]
    assert variants.qualify("humaneval", "short") == "short@embedded:0.5b"  # the most variants
    _freeze("humaneval", "short@authored", ["humaneval/1"])
    assert variants.qualify("humaneval", "short") == "short@authored"  # authored first
    assert (
        variants.load_variant("humaneval/1", "short").statement == "short@authored of humaneval/1"
    )
    v = variants.load_variant("humaneval/0", "short@embedded:1.5b")
    assert v.statement == "short@embedded:1.5b of humaneval/0"
    with pytest.raises(VariantNotFound, match="producers: authored, embedded:0.5b, embedded:1.5b"):
        variants.qualify("humaneval", "short@openai:x")
    with pytest.raises(VariantNotFound, match="has no variant of humaneval/0"):
        variants.load_variant("humaneval/0", "short")
    # A file of the old layout (no producer) still loads under its plain name.
    (store / "fresh").mkdir()
    (store / "fresh" / "short.jsonl").write_text(
        json.dumps(Variant("fresh/001", "short", "old").to_dict()) + "\n"
    )
    assert variants.qualify("fresh", "short") == "short"
    assert variants.load_variant("fresh/001", "short").statement == "old"
    with pytest.raises(VariantNotFound, match="different producers"):
        variants.qualify_for(["fresh", "humaneval"], "short")


def test_a_run_records_the_full_name_and_the_file_hash(store: Path) -> None:
    _freeze("humaneval", "short@authored", ["humaneval/0", "humaneval/1"])
    spec = RunSpec(corpus="humaneval", problems="0-2", variants=("short",))
    config = resolve(spec).config.to_json()
    assert list(config["variants"]) == ["short@authored"]
    assert set(config["variants"]["short@authored"]) == {"humaneval/0", "humaneval/1"}
    digest = config["variant_files"]["short@authored"]["humaneval"]
    assert len(digest) == 64


def test_a_review_withdraws_several_variants_into_one_version(store: Path) -> None:
    _freeze("humaneval", "short@embedded:0.5b", ["humaneval/0", "humaneval/1", "humaneval/2"])
    version = freezing.reject_all(
        "humaneval", "short@embedded:0.5b", {"humaneval/0": "lost a rule", "humaneval/2": "hint"}
    )
    assert version == 1 and not (store / "humaneval" / "short@embedded-0.5b.v2.jsonl").exists()
    assert set(variants.load_frozen("humaneval", "short@embedded:0.5b")) == {"humaneval/1"}
    record = variants.load_meta("humaneval", "short@embedded:0.5b")["problems"]
    assert record["humaneval/0"]["reason"] == "review: lost a rule"
    with pytest.raises(ValueError, match="humaneval/0 has no accepted"):
        freezing.reject_all("humaneval", "short@embedded:0.5b", {"humaneval/0": "again"})
