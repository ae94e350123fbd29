"""The rewrite pipeline as library calls: rewrite problems and freeze the accepted variants
(`rewrite`), build our authored variants (`author_variants`), withdraw one after a review
(`withdraw`), and say what is frozen (`catalog`, `find_variant`).

`workbench rewrite` and `workbench variants ...` only parse, call these and print. Each
takes plain typed arguments (or a `RewriteSpec`) and a `progress.Reporter`, and returns
typed results; user errors are `WorkbenchError`s. In a notebook:

    from workbench.rewrite_pipeline import RewriteSpec, rewrite
    files = rewrite(RewriteSpec(rewriters=("renamed",), corpus="humaneval", problems="0-9"))
    print({f.key: f.this_call.acceptance_rate for f in files})
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from workbench import authored, freezing
from workbench.authored import Authored
from workbench.corpus import find_problem, load_corpus, load_set, select_problems
from workbench.execution import Executor
from workbench.models.base import Model, ModelInfo
from workbench.plan import ModelSpec
from workbench.problems import Problem, Variant
from workbench.progress import Reporter, Silent
from workbench.rewrite_result import Acceptance, RewriteResult, acceptance
from workbench.rewriting import RewriteError, Rewriter, Tools, get, rewrite_all
from workbench.variants import (
    VariantNotFound,
    frozen_names,
    load_frozen,
    load_meta,
    load_variant,
    qualify,
    split_name,
    variants_dir,
)


@dataclass(frozen=True)
class RewriteSpec:
    """What to rewrite and with what. Problems: a corpus (with positions or ids in
    `problems`) or a frozen set (`set_name`, optionally narrowed by `problems`)."""

    rewriters: tuple[str, ...]  # short, storyfree, callbased, ...
    corpus: str | None = None
    set_name: str | None = None
    problems: str | None = None  # "0-19", "fresh/3,fresh/7"
    model: ModelSpec = field(default_factory=ModelSpec)  # the rewriting model
    attempts: int = 3  # tries per problem: greedy, then sampled with seed + 1, + 2, ...
    seed: int = 0
    refresh: bool = False  # rewrite again; the current files are kept as a version


@dataclass(frozen=True)
class FrozenFile:
    """One corpus's frozen file of one rewriter and producer, after a rewrite."""

    corpus: str
    name: str  # rewriter@producer, or the plain rewriter name (no model)
    path: Path
    results: tuple[RewriteResult, ...]  # this call's verdicts (problems it had skipped: none)
    acceptance: dict[str, Acceptance]  # the whole record's, by model id ("None": no model)
    kept_as: int | None = None  # with refresh: the version the old files were kept as

    @property
    def key(self) -> str:
        return f"{self.corpus}/{self.name}"

    @property
    def this_call(self) -> Acceptance:
        return acceptance(self.results)

    @property
    def rejected(self) -> dict[str, str]:
        """Problems rejected in this call -> the checks that failed."""
        return {r.problem_id: r.reason for r in self.results if r.status == "rejected"}

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "this_call": self.this_call.to_dict(),
            "acceptance": {m: a.to_dict() for m, a in self.acceptance.items()},
            "rejected": self.rejected,
        }


def select(corpus: str | None, set_name: str | None, problems: str | None) -> list[Problem]:
    """The problems a corpus (and positions or ids) or a frozen set names."""
    if set_name:
        chosen = load_set(set_name).problems()
        if problems:
            wanted = set(select_problems(load_corpus(chosen[0].id.split("/")[0]), problems))
            chosen = [p for p in chosen if p in wanted]
        return chosen
    if not corpus:
        raise RewriteError("say which problems: --corpus NAME [--problems 0-19] or --set NAME")
    return select_problems(load_corpus(corpus), problems)


def rewrite(
    spec: RewriteSpec, reporter: Reporter | None = None, model: Model | None = None
) -> list[FrozenFile]:
    """Rewrite the problems with every rewriter and freeze the accepted variants, one file
    per corpus, rewriter and producer. Problems with a verdict are skipped unless
    `spec.refresh`. The model is loaded from the spec when a rewriter needs one and none is
    given."""
    progress = reporter or Silent()
    if spec.attempts < 1:
        raise RewriteError("--attempts must be at least 1")
    chosen = select(spec.corpus, spec.set_name, spec.problems)
    writers = [get(n) for n in spec.rewriters]
    if not chosen or not writers:
        raise RewriteError("nothing to do: no problems or no rewriter selected")
    if model is None and any(w.uses_model for w in writers):
        model = spec.model.load()
    info = model.info() if model is not None else None
    by_corpus: dict[str, list[Problem]] = {}
    for p in chosen:
        by_corpus.setdefault(p.id.split("/")[0], []).append(p)
    with Executor() as executor:
        tools = Tools(executor=executor)
        return [
            _rewrite_file(w, corpus, ps, spec, model, info, tools, progress)
            for w in writers
            for corpus, ps in by_corpus.items()
        ]


def _rewrite_file(
    writer: Rewriter,
    corpus: str,
    problems: list[Problem],
    spec: RewriteSpec,
    model: Model | None,
    info: ModelInfo | None,
    tools: Tools,
    progress: Reporter,
) -> FrozenFile:
    # One file per rewriter and producer: the model that rewrote, or none.
    producer = info if writer.uses_model else None
    name = f"{writer.name}@{producer.id}" if producer else writer.name
    kept_as = None
    if spec.refresh:
        kept_as = freezing.archive(corpus, name, {p.id for p in problems})
        if kept_as:
            progress.say(f"{corpus}/{name}: kept the old files as v{kept_as}")
    done = freezing.recorded(corpus, name)
    todo = [p for p in problems if p.id not in done]
    job = f"{writer.name} {corpus}"
    progress.start(job, total=len(problems), done=len(problems) - len(todo))
    try:
        results = rewrite_all(
            writer,
            todo,
            model,
            tools,
            seed=spec.seed,
            attempts=spec.attempts,
            model_id=info.id if info else None,
            weights_hash=info.weights_hash if info else None,
            reporter=progress,
            job=job,
        )
    finally:
        progress.finish(job)
    path, _ = freezing.freeze(
        corpus,
        name,
        results,
        producer.id if producer else None,
        producer.weights_hash if producer else None,
    )
    record = load_meta(corpus, name)["acceptance"]
    by_model = {m: Acceptance.from_dict(a) for m, a in record.items()}
    return FrozenFile(corpus, name, path, tuple(results), by_model, kept_as)


@dataclass(frozen=True)
class AuthoredVariants:
    """What `author_variants` built and checked, and the files it wrote."""

    corpus: str
    items: tuple[Authored, ...]  # one per source file
    written: tuple[Path, ...]  # none when only checked, or when nothing changed
    checked_only: bool

    def count(self, status: str) -> int:
        return sum(a.result.status == status for a in self.items)


def author_variants(
    corpus: str,
    rewriters: Sequence[str] | None = None,
    problems: str | None = None,
    check: bool = False,
    reporter: Reporter | None = None,
) -> AuthoredVariants:
    """Build the authored variants of a corpus from their sources, through each rewriter's
    own build and checks (every rewriter with sources, unless named), and freeze the
    accepted ones as `<rewriter>@authored` (unless `check`)."""
    authored.check_corpus(corpus)
    names = list(rewriters) if rewriters else authored.authored_rewriters(corpus)
    with Executor(workers=1) as executor:
        done = authored.author(
            corpus, names, problems, Tools(executor=executor), reporter, job=f"author {corpus}"
        )
    if not done:
        raise RewriteError(f"no sources match --problems {problems}")
    pairs = [(d.rewriter, d.result) for d in done]
    written = [] if check else freezing.freeze_authored(corpus, pairs)
    return AuthoredVariants(corpus, tuple(done), tuple(written), check)


@dataclass(frozen=True)
class Withdrawn:
    """A variant a reviewer withdrew; the old files are kept as version `kept_as`."""

    problem_id: str
    name: str  # the full name: rewriter@producer
    why: str
    kept_as: int


def withdraw(problem_id: str, variant: str, why: str) -> Withdrawn:
    """Withdraw an accepted variant (bare or full name) that a reader found wrong: the
    problem is recorded as rejected with the reason, the old files are kept as a version."""
    if not why.strip():
        raise RewriteError("--why must say what is wrong with the variant")
    problem = find_problem(problem_id)
    corpus = problem.id.split("/")[0]
    full = qualify(corpus, variant)
    version = freezing.reject(corpus, full, problem.id, why.strip())
    return Withdrawn(problem.id, full, why.strip(), version)


@dataclass(frozen=True)
class ProducerAcceptance:
    """How one producer's variants of one rewriter fared in one corpus."""

    corpus: str
    rewriter: str
    producer: str  # authored, the model that rewrote, or "(deterministic)"
    acceptance: Acceptance
    preferred: bool  # what a bare `--variants REWRITER` takes
    variants: int  # accepted variants in the file

    def to_dict(self) -> dict[str, Any]:
        return {
            "corpus": self.corpus,
            "rewriter": self.rewriter,
            "producer": self.producer,
            **self.acceptance.to_dict(),
            "preferred": self.preferred,
            "variants": self.variants,
        }


def catalog(corpus: str | None = None) -> list[ProducerAcceptance]:
    """Every frozen file's acceptance, per corpus (all of them unless named), rewriter and
    producer."""
    root = variants_dir()
    corpora = [corpus] if corpus else sorted(p.name for p in root.glob("*") if p.is_dir())
    rows = []
    for c in corpora:
        for name in frozen_names(c):
            rewriter, producer = split_name(name)
            preferred = qualify(c, rewriter) == name
            meta = load_meta(c, name)
            for model_id, a in meta.get("acceptance", {}).items():
                made_by = producer or ("(deterministic)" if model_id == "None" else model_id)
                count = len(load_frozen(c, name))
                rows.append(
                    ProducerAcceptance(
                        c, rewriter, made_by, Acceptance.from_dict(a), preferred, count
                    )
                )
    return rows


def find_variant(problem_id: str, variant: str) -> tuple[Problem, Variant]:
    """A problem and its frozen variant (bare or full name). When it has none, the
    VariantNotFound says why where the record knows (rejected: the failed checks; not
    applicable: the reason)."""
    problem = find_problem(problem_id)
    try:
        return problem, load_variant(problem.id, variant)
    except VariantNotFound:
        corpus = problem.id.split("/")[0]
        meta = load_meta(corpus, qualify(corpus, variant))
        entry = meta.get("problems", {}).get(problem.id)
        if entry:
            raise VariantNotFound(
                f"{problem.id} has no {variant} variant: {entry['status']}: {entry['reason']}"
            ) from None
        raise
