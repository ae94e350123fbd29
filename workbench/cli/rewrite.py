"""`workbench rewrite`, `workbench variants list|show|reject|author`: make frozen variants
and read them. Each command parses, calls `workbench.rewrite_pipeline` and prints."""

from __future__ import annotations

import difflib
import json
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from workbench.cli.app import (
    ApiKeyOpt,
    BaseUrlOpt,
    BatchSizeOpt,
    DtypeOpt,
    EngineOpt,
    JsonOpt,
    RichReporter,
    app,
    err,
    names,
    out,
    user_errors,
)
from workbench.cli.options import MODEL
from workbench.plan import ModelSpec
from workbench.problems import Problem, Variant
from workbench.rewrite_pipeline import (
    AuthoredVariants,
    FrozenFile,
    ProducerAcceptance,
    RewriteSpec,
    author_variants,
    catalog,
    find_variant,
    rewrite,
    withdraw,
)
from workbench.rewrite_result import Acceptance
from workbench.variants import variants_dir

variants_app = typer.Typer(help="Frozen variants: list them, show one beside its original.")
app.add_typer(variants_app, name="variants")

VariantOpt = Annotated[str, typer.Option(help="The variant: short, storyfree, ...")]


@app.command("rewrite")
def rewrite_command(
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
    dtype: DtypeOpt = MODEL.dtype,
    batch_size: BatchSizeOpt = MODEL.batch_size,
    engine: EngineOpt = "auto",
    base_url: BaseUrlOpt = None,
    api_key: ApiKeyOpt = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the outcome as JSON.")] = False,
) -> None:
    """Rewrite problems and freeze the accepted variants under corpora/variants/.

    Example: `workbench rewrite --rewriter short,storyfree --set fresh-quick`

    Each variant is checked mechanically (formats and examples kept, numbers and variable
    names kept, the rewriter's own condition); a failed check is retried with a new seed,
    then recorded as rejected. Problems with a verdict are skipped unless --refresh.
    """
    spec = RewriteSpec(
        rewriters=names(rewriter),
        corpus=corpus,
        set_name=set_name,
        problems=problems,
        model=ModelSpec(model, batch_size, dtype, engine, base_url, api_key),
        attempts=attempts,
        seed=seed,
        refresh=refresh,
    )
    with user_errors(), RichReporter() as reporter:
        files = rewrite(spec, reporter)
    if as_json:
        print(json.dumps({f.key: f.to_dict() for f in files}, indent=1))
        return
    _print_frozen(files)


def _rate(a: Acceptance) -> str:
    return "-" if a.acceptance_rate is None else f"{100 * a.acceptance_rate:.0f}%"


def _print_frozen(files: list[FrozenFile]) -> None:
    table = Table(title="frozen variants", caption="accepted of applicable; n/a: not applicable")
    for col in ("variants", "this call", "accepted", "rejected", "n/a", "rate", "file"):
        table.add_column(col)
    for f in files:
        now = f.this_call
        for model_id, a in f.acceptance.items():
            table.add_row(
                f"{f.key} ({model_id})",
                f"{now.accepted}/{now.applicable}",
                str(a.accepted),
                str(a.rejected),
                str(a.not_applicable),
                _rate(a),
                str(f.path),
            )
    out.print(table)
    for f in files:
        for pid, why in f.rejected.items():
            out.print(f"rejected {f.key} {pid}: {why}", highlight=False)


@variants_app.command("list")
def variants_list(
    corpus: Annotated[str | None, typer.Option(help="Only this corpus.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Frozen variants per corpus, rewriter and producer (authored, or the model that
    rewrote), with their acceptance; `preferred` marks what a bare `--variants NAME` uses.

    Example: `workbench variants list --corpus fresh`
    """
    with user_errors():
        rows = catalog(corpus)
    if as_json:
        print(json.dumps([r.to_dict() for r in rows], indent=1))
        return
    _print_catalog(rows)


def _print_catalog(rows: list[ProducerAcceptance]) -> None:
    table = Table(title=f"frozen variants in {variants_dir()}")
    for col in ("corpus", "rewriter", "producer", "accepted", "rejected", "n/a", "rate"):
        table.add_column(col)
    table.add_column("preferred")
    for r in rows:
        a = r.acceptance
        table.add_row(
            r.corpus,
            r.rewriter,
            r.producer,
            str(a.accepted),
            str(a.rejected),
            str(a.not_applicable),
            _rate(a),
            "yes" if r.preferred else "",
        )
    out.print(table)


@variants_app.command("show")
def variants_show(
    problem_id: Annotated[str, typer.Argument(metavar="ID", help="Problem id: fresh/003.")],
    variant: VariantOpt,
    as_json: Annotated[bool, typer.Option("--json", help="Print the variant as JSON.")] = False,
) -> None:
    """The original statement and the variant's side by side, changed lines marked.

    Example: `workbench variants show fresh/003 --variant storyfree`
    """
    with user_errors():
        problem, v = find_variant(problem_id, variant)
    if as_json:
        print(json.dumps(v.to_dict(), indent=1, ensure_ascii=False))
        return
    out.print(_side_by_side(problem, v, variant))
    if v.driver:
        out.print(Text("driver (scores a candidate on the original tests):", style="bold"))
        out.print(v.driver, highlight=False, markup=False)
    prov = {k: val for k, val in v.provenance.items() if k not in ("reference",)}
    out.print(f"provenance: {json.dumps(prov, ensure_ascii=False)}", highlight=False)


def _side_by_side(problem: Problem, v: Variant, variant: str) -> Table:
    """The original's text and the variant's, line by line, changes coloured."""
    old = problem.statement if problem.io == "stdio" else (problem.starter_code or "")
    table = Table(title=f"{problem.id}: original | {variant}", show_lines=False, expand=True)
    table.add_column("original", ratio=1, overflow="fold")
    table.add_column(variant, ratio=1, overflow="fold")
    a, b = old.splitlines(), v.statement.splitlines()
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        left, right = a[i1:i2], b[j1:j2]
        style = {"equal": "", "replace": "yellow", "delete": "red", "insert": "green"}[tag]
        for k in range(max(len(left), len(right))):
            table.add_row(
                Text(left[k] if k < len(left) else "", style=style),
                Text(right[k] if k < len(right) else "", style=style),
            )
    return table


@variants_app.command("reject")
def variants_reject(
    problem_id: Annotated[str, typer.Argument(metavar="ID", help="Problem id: fresh/004.")],
    variant: VariantOpt,
    why: Annotated[str, typer.Option(help="What is wrong with it (recorded).")],
) -> None:
    """Withdraw an accepted variant that a reader found wrong (mechanical checks cannot see
    meaning); the old files are kept as a version, the problem is recorded as rejected.

    Example: `workbench variants reject fresh/004 --variant short --why "drops the parity rules"`
    """
    with user_errors():
        done = withdraw(problem_id, variant, why)
    out.print(
        f"{done.problem_id} {variant}: rejected ({done.why}); "
        f"the old files are kept as v{done.kept_as}",
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
    chosen = names(rewriters) if rewriters else None
    with user_errors(), RichReporter() as reporter:
        done = author_variants(corpus, chosen, problems, check, reporter)
    _print_authored(done)
    if done.count("rejected"):
        raise typer.Exit(1)


def _print_authored(done: AuthoredVariants) -> None:
    for item in done.items:
        r = item.result
        style = "green" if r.status == "accepted" else "red"
        what = r.status if r.status == "accepted" else f"{r.status}: {r.reason}"
        out.print(Text.assemble(f"{r.problem_id} {item.rewriter}: ", (what, style)), soft_wrap=True)
    for path in done.written:
        err.print(f"wrote {path}", highlight=False)
    na, total = done.count("not_applicable"), len(done.items)
    err.print(
        f"{done.corpus}: {done.count('accepted')} of {total} authored variants accepted"
        + (f", {na} not applicable" if na else "")
        + ("" if not done.checked_only else " (checked only, nothing written)"),
        highlight=False,
    )
