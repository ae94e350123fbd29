"""`workbench rewrite`, `workbench variants list|show`: make frozen variants and read them."""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from typing import Annotated, Any

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from workbench.cli import app, err, fail, out
from workbench.corpus import CorpusError, find_problem, load_corpus, load_set, select_problems
from workbench.execution import Executor, SandboxUnavailable
from workbench.models import ModelError, load_model
from workbench.problems import Problem
from workbench.prompting import TemplateError, VariantNotFound, variants_dir
from workbench.variants import load_variant

variants_app = typer.Typer(help="Frozen variants: list them, show one beside its original.")
app.add_typer(variants_app, name="variants")

USER_ERRORS = (CorpusError, ModelError, TemplateError, VariantNotFound, ValueError, KeyError)


def _names(text: str) -> list[str]:
    return [x.strip() for x in text.split(",") if x.strip()]


def _problems(corpus: str | None, set_name: str | None, problems: str | None) -> list[Problem]:
    if set_name:
        chosen = load_set(set_name).problems()
        if problems:
            wanted = set(select_problems(load_corpus(chosen[0].id.split("/")[0]), problems))
            chosen = [p for p in chosen if p in wanted]
        return chosen
    if not corpus:
        fail("say which problems: --corpus NAME [--problems 0-19] or --set NAME")
    return select_problems(load_corpus(corpus), problems)


@app.command()
def rewrite(
    rewriter: Annotated[str, typer.Option(help="Rewriter(s): short,storyfree,callbased,...")],
    corpus: Annotated[str | None, typer.Option(help="Corpus, e.g. fresh.")] = None,
    set_name: Annotated[str | None, typer.Option("--set", help="A frozen problem set.")] = None,
    problems: Annotated[str | None, typer.Option(help="Positions or ids: 0-9, fresh/3.")] = None,
    model: Annotated[
        str, typer.Option(help="The rewriting model: embedded[:1.5b], hf:..., openai:NAME.")
    ] = "embedded",
    attempts: Annotated[int, typer.Option(help="Tries per problem (greedy, then sampled).")] = 3,
    seed: Annotated[int, typer.Option(help="Seed of the first try (+1 per retry).")] = 0,
    refresh: Annotated[
        bool, typer.Option(help="Rewrite again; the current files are kept as a new version.")
    ] = False,
    dtype: Annotated[str, typer.Option(help="auto, float32 or bfloat16 (local).")] = "bfloat16",
    batch_size: Annotated[int, typer.Option(help="Rows decoded together (local).")] = 16,
    engine: Annotated[
        str, typer.Option(help="auto, llama or torch: who decodes a local model.")
    ] = "auto",
    base_url: Annotated[str | None, typer.Option(help="OpenAI-compatible endpoint URL.")] = None,
    api_key: Annotated[str | None, typer.Option(help="Its API key.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Rewrite problems and freeze the accepted variants under corpora/variants/.

    Example: `workbench rewrite --rewriter short,storyfree --set fresh-quick`

    Each variant is checked mechanically (formats and examples kept, numbers and variable
    names kept, the rewriter's own condition); a failed check is retried with a new seed,
    then recorded as rejected. Problems with a verdict are skipped unless --refresh.
    """
    from workbench import rewriting, variants

    if attempts < 1:
        fail("--attempts must be at least 1")
    try:
        chosen = _problems(corpus, set_name, problems)
        writers = [rewriting.get(n) for n in _names(rewriter)]
        if not chosen or not writers:
            fail("nothing to do: no problems or no rewriter selected")
        llm = None
        if any(w.uses_model for w in writers):
            llm = load_model(
                model,
                dtype=dtype,
                batch_size=batch_size,
                engine=engine,
                base_url=base_url,
                api_key=api_key,
            )
        info = llm.info() if llm is not None else None
        report: dict[str, Any] = {}
        with Executor() as ex, _bar() as bar:
            for w in writers:
                by_corpus: dict[str, list[Problem]] = {}
                for p in chosen:
                    by_corpus.setdefault(p.id.split("/")[0], []).append(p)
                # One file per rewriter and producer: the model that rewrote, or none.
                name = f"{w.name}@{info.id}" if info and w.uses_model else w.name
                for cname, ps in by_corpus.items():
                    if refresh:
                        version = variants.archive(cname, name, {p.id for p in ps})
                        if version:
                            err.print(f"{cname}/{name}: kept the old files as v{version}")
                    done = variants.recorded(cname, name)
                    todo = [p for p in ps if p.id not in done]
                    job = bar.add_task(f"{w.name} {cname}", total=len(ps), now="")
                    bar.update(job, advance=len(ps) - len(todo))
                    outcomes = rewriting.rewrite_all(
                        w,
                        todo,
                        llm,
                        rewriting.Tools(executor=ex),
                        seed=seed,
                        attempts=attempts,
                        model_id=info.id if info else None,
                        weights_hash=info.weights_hash if info else None,
                        progress=_advance(bar, job),
                    )
                    model_id = info.id if info and w.uses_model else None
                    wh = info.weights_hash if info and w.uses_model else None
                    path, _ = variants.freeze(cname, name, outcomes, model_id, wh)
                    meta = variants.load_meta(cname, name)
                    report[f"{cname}/{name}"] = {
                        "file": str(path),
                        "this_call": rewriting.acceptance(outcomes),
                        "acceptance": meta["acceptance"],
                        "rejected": {
                            o.problem_id: o.reason for o in outcomes if o.status == "rejected"
                        },
                    }
    except SandboxUnavailable as exc:
        fail(str(exc))
    except USER_ERRORS as exc:
        fail(str(exc).strip("'\""))
    if as_json:
        print(json.dumps(report, indent=1))
        return
    table = Table(title="frozen variants", caption="accepted of applicable; n/a: not applicable")
    for col in ("variants", "this call", "accepted", "rejected", "n/a", "rate", "file"):
        table.add_column(col)
    for key, r in report.items():
        now = r["this_call"]
        for model_id, a in r["acceptance"].items():
            rate = a["acceptance_rate"]
            table.add_row(
                f"{key} ({model_id})",
                f"{now['accepted']}/{now['applicable']}",
                str(a["accepted"]),
                str(a["rejected"]),
                str(a["not_applicable"]),
                "-" if rate is None else f"{100 * rate:.0f}%",
                r["file"],
            )
    out.print(table)
    for key, r in report.items():
        for pid, why in r["rejected"].items():
            out.print(f"rejected {key} {pid}: {why}", highlight=False)


def _advance(bar: Progress, job: TaskID) -> Callable[[int, str], None]:
    def advance(n: int, what: str) -> None:
        bar.update(job, advance=n, now=what)

    return advance


def _bar() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[now]}"),
        console=err,
    )


@variants_app.command("list")
def variants_list(
    corpus: Annotated[str | None, typer.Option(help="Only this corpus.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Frozen variants per corpus, rewriter and producer (authored, or the model that
    rewrote), with their acceptance; `preferred` marks what a bare `--variants NAME` uses.

    Example: `workbench variants list --corpus fresh`
    """
    from workbench import variants

    root = variants_dir()
    corpora = [corpus] if corpus else sorted(p.name for p in root.glob("*") if p.is_dir())
    rows = []
    for c in corpora:
        for name in variants.frozen_names(c):
            rewriter, producer = variants.split_name(name)
            preferred = variants.qualify(c, rewriter) == name
            meta = variants.load_meta(c, name)
            for model_id, a in meta.get("acceptance", {}).items():
                made_by = producer or ("(deterministic)" if model_id == "None" else model_id)
                rows.append(
                    {"corpus": c, "rewriter": rewriter, "producer": made_by}
                    | a
                    | {"preferred": preferred, "variants": len(variants.load_frozen(c, name))}
                )
    if as_json:
        print(json.dumps(rows, indent=1))
        return
    table = Table(title=f"frozen variants in {root}")
    for col in (
        "corpus",
        "rewriter",
        "producer",
        "accepted",
        "rejected",
        "n/a",
        "rate",
        "preferred",
    ):
        table.add_column(col)
    for r in rows:
        rate = r["acceptance_rate"]
        table.add_row(
            r["corpus"],
            r["rewriter"],
            r["producer"],
            str(r["accepted"]),
            str(r["rejected"]),
            str(r["not_applicable"]),
            "-" if rate is None else f"{100 * rate:.0f}%",
            "yes" if r["preferred"] else "",
        )
    out.print(table)


@variants_app.command("show")
def variants_show(
    problem_id: Annotated[str, typer.Argument(metavar="ID", help="Problem id: fresh/003.")],
    variant: Annotated[str, typer.Option(help="The variant: short, storyfree, ...")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the variant as JSON.")] = False,
) -> None:
    """The original statement and the variant's side by side, changed lines marked.

    Example: `workbench variants show fresh/003 --variant storyfree`
    """
    from workbench import variants

    try:
        problem = find_problem(problem_id)
        try:
            v = load_variant(problem.id, variant)
        except VariantNotFound as exc:
            corpus = problem.id.split("/")[0]
            meta = variants.load_meta(corpus, variants.qualify(corpus, variant))
            entry = meta.get("problems", {}).get(problem.id)
            if entry:
                fail(f"{problem.id} has no {variant} variant: {entry['status']}: {entry['reason']}")
            raise exc
    except USER_ERRORS as exc:
        fail(str(exc).strip("'\""))
    if as_json:
        print(json.dumps(v.to_dict(), indent=1, ensure_ascii=False))
        return
    old = problem.statement if problem.io == "stdio" else (problem.starter_code or "")
    new = v.statement
    table = Table(title=f"{problem.id}: original | {variant}", show_lines=False, expand=True)
    table.add_column("original", ratio=1, overflow="fold")
    table.add_column(variant, ratio=1, overflow="fold")
    a, b = old.splitlines(), new.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        style = {"equal": "", "replace": "yellow", "delete": "red", "insert": "green"}[tag]
        for k in range(max(len(left), len(right))):
            table.add_row(
                Text(left[k] if k < len(left) else "", style=style),
                Text(right[k] if k < len(right) else "", style=style),
            )
    out.print(table)
    if v.driver:
        out.print(Text("driver (scores a candidate on the original tests):", style="bold"))
        out.print(v.driver, highlight=False, markup=False)
    prov = {k: val for k, val in v.provenance.items() if k not in ("reference",)}
    out.print(f"provenance: {json.dumps(prov, ensure_ascii=False)}", highlight=False)


@variants_app.command("reject")
def variants_reject(
    problem_id: Annotated[str, typer.Argument(metavar="ID", help="Problem id: fresh/004.")],
    variant: Annotated[str, typer.Option(help="The variant: short, storyfree, ...")],
    why: Annotated[str, typer.Option(help="What is wrong with it (recorded).")],
) -> None:
    """Withdraw an accepted variant that a reader found wrong (mechanical checks cannot see
    meaning); the old files are kept as a version, the problem is recorded as rejected.

    Example: `workbench variants reject fresh/004 --variant short --why "drops the parity rules"`
    """
    from workbench import variants

    if not why.strip():
        fail("--why must say what is wrong with the variant")
    try:
        problem = find_problem(problem_id)
        corpus = problem.id.split("/")[0]
        full = variants.qualify(corpus, variant)
        version = variants.reject(corpus, full, problem.id, why.strip())
    except USER_ERRORS as exc:
        fail(str(exc).strip("'\""))
    out.print(
        f"{problem.id} {variant}: rejected ({why.strip()}); the old files are kept as v{version}",
        highlight=False,
    )


@variants_app.command("author")
def variants_author(
    corpus: Annotated[str, typer.Argument(help="The corpus: fresh, humaneval.")],
    rewriters: Annotated[
        str | None, typer.Option(help="Rewriters (default: every one with sources).")
    ] = None,
    problems: Annotated[
        str | None, typer.Option(help="Only these sources: 041-047, 0,2,7 (default: all).")
    ] = None,
    check: Annotated[
        bool, typer.Option("--check", help="Build and check only; write nothing.")
    ] = False,
) -> None:
    """Build the authored variants of a corpus from their sources
    (`corpora/variants/<corpus>/authored/<rewriter>/`), through each rewriter's own build and
    checks, and freeze the accepted ones as `<rewriter>@authored`. One line per source;
    exit 1 when any is rejected.

    Example: `workbench variants author fresh --rewriters short --problems 041-047 --check`
    """
    from workbench import authored, variants
    from workbench.rewriting import Tools

    try:
        authored.check_corpus(corpus)
        names = _names(rewriters) if rewriters else authored.authored_rewriters(corpus)
        with Executor(workers=1) as executor:
            done = authored.author(
                corpus, names, problems, Tools(executor=executor), progress=_print_authored
            )
    except (*USER_ERRORS, SandboxUnavailable) as exc:
        fail(str(exc).strip("'\""))
    if not done:
        fail(f"no sources match --problems {problems}")
    bad = [d for d in done if d.outcome.status == "rejected"]
    na = sum(d.outcome.status == "not_applicable" for d in done)
    pairs = [(d.rewriter, d.outcome) for d in done]
    written = [] if check else variants.freeze_authored(corpus, pairs)
    for path in written:
        err.print(f"wrote {path}", highlight=False)
    err.print(
        f"{corpus}: {len(done) - len(bad) - na} of {len(done)} authored variants accepted"
        + (f", {na} not applicable" if na else "")
        + ("" if not check else " (checked only, nothing written)"),
        highlight=False,
    )
    if bad:
        raise typer.Exit(1)


def _print_authored(item: Any) -> None:
    o = item.outcome
    style = "green" if o.status == "accepted" else "red"
    what = o.status if o.status == "accepted" else f"{o.status}: {o.reason}"
    out.print(Text.assemble(f"{o.problem_id} {item.rewriter}: ", (what, style)), soft_wrap=True)
