"""Authored variants: variants written by us, built and checked like a model's.

A person writes the text a rewriter would have asked a model for, one source file per
problem and rewriter:

    corpora/variants/<corpus>/authored/<rewriter>/<slug>.md   prose rewriters
    corpora/variants/<corpus>/authored/callbased/<slug>.py     a whole program

(`<slug>` is the id after the corpus: `041` for fresh/041, `7` for humaneval/7). The file
becomes the rewriter's *answers* and goes through the very `build` and `checks` an LLM's
answer goes through, so an authored variant passes exactly the checks a model's must (the
reference through the driver for callbased, the word share for short, ...). A prose file
holds the new legend (stdio) or the new docstring prose (call); where storyfree must also
rewrite an Input or Output section that names a character, the file goes on with a
`## Input` and/or `## Output` heading and the new section. A callbased file is a program
that defines `solve` and drives it from stdin, as the model's answer would be.

The producer of these variants is `authored`; their provenance records the source file and
its sha256, so a run's config says which text of ours it saw.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.corpus import CorpusError, find_problem
from workbench.problems import Problem, Variant
from workbench.progress import Reporter, Silent
from workbench.rewrite_result import RewriteResult
from workbench.rewriting import NotApplicable, Rejected, RewriteError, Rewriter, Tools, get
from workbench.variants import variants_dir

AUTHORED = "authored"
_HEADING = re.compile(r"^## (Input|Output)[ \t]*$", re.M)


def sources_dir(corpus: str) -> Path:
    return variants_dir() / corpus / AUTHORED


def source_file(corpus: str, rewriter: str, slug: str) -> Path:
    suffix = ".py" if rewriter == "callbased" else ".md"
    return sources_dir(corpus) / rewriter / f"{slug}{suffix}"


def authored_rewriters(corpus: str) -> list[str]:
    """Rewriters that have at least one source file for the corpus."""
    root = sources_dir(corpus)
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and any(p.glob("*.*")))


def slugs(corpus: str, rewriter: str, spec: str | None = None) -> list[str]:
    """The slugs with a source file, in numeric order, those in `spec` only when given
    (`041,042`, `041-047`, `0-9,12`: numbers compare as numbers, so 7 matches 007)."""
    folder = sources_dir(corpus) / rewriter
    found = sorted(
        (p.stem for p in folder.glob("*.*") if p.suffix in (".md", ".py")),
        key=lambda s: (0, int(s), s) if s.isdigit() else (1, 0, s),
    )
    return [s for s in found if spec is None or _in_spec(s, spec)]


def _in_spec(slug: str, spec: str) -> bool:
    for part in (p.strip() for p in spec.split(",") if p.strip()):
        part = part.rsplit("/", 1)[-1]
        low, sep, high = part.partition("-")
        if sep and low.isdigit() and high.isdigit() and slug.isdigit():
            if int(low) <= int(slug) <= int(high):
                return True
        elif part == slug or (part.isdigit() and slug.isdigit() and int(part) == int(slug)):
            return True
    return False


def answers(rewriter: Rewriter, problem: Problem, text: str) -> dict[str, str]:
    """A source file's text as the rewriter's answers, by ask key."""
    if rewriter.name == "callbased":
        return {"split": f"```python\n{text.strip()}\n```\n"}
    targets = _targets(rewriter, problem)
    parts = _HEADING.split(text)
    found = {"legend" if problem.io == "stdio" else "prose": parts[0].strip()}
    for heading, body in zip(parts[1::2], parts[2::2], strict=True):
        found[heading.lower()] = body.strip()
    missing = [k for k in targets if not found.get(k)]
    if missing:
        raise Rejected(
            "answer",
            f"the source needs a `## {missing[0].capitalize()}` section: the original's "
            f"names a character of the story",
        )
    extra = sorted(set(found) - set(targets))
    if extra:
        raise Rejected("answer", f"the source rewrites {extra[0]}, which this rewriter keeps")
    return found


def _targets(rewriter: Rewriter, problem: Problem) -> list[str]:
    targets = getattr(rewriter, "targets", None)
    return list(targets(problem)) if callable(targets) else []


@dataclass(frozen=True)
class Authored:
    """One source file and what became of it."""

    rewriter: str
    slug: str
    result: RewriteResult


def author(
    corpus: str,
    rewriters: Sequence[str],
    spec: str | None,
    tools: Tools,
    reporter: Reporter | None = None,
    job: str = "author",
) -> list[Authored]:
    """Build and check every chosen source file; a failed check rejects the variant (its
    reason says which). An unknown rewriter (UnknownName), one that uses no model
    (RewriteError) or a source of no problem (CorpusError) stops it before any is built.
    Each source advances `job` of `reporter` by one."""
    progress = reporter or Silent()
    chosen: list[tuple[Rewriter, str, Problem]] = []
    for name in rewriters:
        rewriter = get(name)
        if not rewriter.uses_model:
            raise RewriteError(f"{name} uses no model: it has nothing to author")
        for slug in slugs(corpus, name, spec):
            chosen.append((rewriter, slug, find_problem(f"{corpus}/{slug}")))
    progress.start(job, total=len(chosen))
    done: list[Authored] = []
    try:
        for rewriter, slug, problem in chosen:
            path = source_file(corpus, rewriter.name, slug)
            item = Authored(rewriter.name, slug, author_one(rewriter, problem, path, tools))
            done.append(item)
            progress.advance(job, 1, f"{problem.id} {rewriter.name}: {item.result.status}")
    finally:
        progress.finish(job)
    return done


def author_one(rewriter: Rewriter, problem: Problem, path: Path, tools: Tools) -> RewriteResult:
    """The variant a source file makes, through the rewriter's own build and checks."""
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    why = rewriter.applicable(problem)
    if why:
        return RewriteResult(problem.id, "not_applicable", reason=why)
    try:
        variant = rewriter.build(problem, answers(rewriter, problem, text), tools)
        results = rewriter.checks(problem, variant, tools)
    except NotApplicable as exc:
        return RewriteResult(problem.id, "not_applicable", reason=str(exc))
    except Rejected as exc:
        return _rejected(problem, {exc.check: exc.why}, None)
    except (ValueError, SyntaxError) as exc:
        return _rejected(problem, {"well-formed": str(exc)}, None)
    failed = {k: v for k, v in results.items() if v}
    if failed:
        return _rejected(problem, failed, variant)
    provenance = {
        "rewriter": rewriter.name,
        "producer": AUTHORED,
        "model": None,
        "source": str(path.relative_to(variants_dir())),
        "source_sha256": hashlib.sha256(raw).hexdigest(),
        "prompt_hash": None,
        "checks": sorted(results),
        **variant.provenance,
    }
    accepted = Variant(
        problem_id=variant.problem_id,
        variant=variant.variant,
        statement=variant.statement,
        starter_code=variant.starter_code,
        entry_point=variant.entry_point,
        driver=variant.driver,
        provenance=provenance,
    )
    return RewriteResult(problem.id, "accepted", variant=accepted, attempts=1)


def _rejected(
    problem: Problem, failed: Mapping[str, str | None], variant: Variant | None
) -> RewriteResult:
    out = RewriteResult(problem.id, "rejected", attempts=1)
    out.reason = "; ".join(f"{k}: {v}" for k, v in failed.items())
    out.failures = [f"{k}: {v}" for k, v in failed.items()]
    out.last_rejected = variant.statement if variant is not None else None
    return out


def check_corpus(corpus: str) -> None:
    """CorpusError when the corpus has no authored sources."""
    if not authored_rewriters(corpus):
        raise CorpusError(f"corpus {corpus} has no authored variants in {sources_dir(corpus)}")
