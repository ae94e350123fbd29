"""`workbench problems list|show` and `workbench check`: look at problems, run a program."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.panel import Panel
from rich.syntax import Syntax
from rich.table import Table

from workbench.cli.app import CORPUS_HELP, OUTCOME_STYLE, JsonOpt, app, out, user_errors
from workbench.corpus import corpus_cards, find_problem, load_corpus, load_set, select_problems
from workbench.problems import Problem

if TYPE_CHECKING:
    from workbench.program_check import ProgramCheck

problems_app = typer.Typer(help="List and show problems.", no_args_is_help=True)
app.add_typer(problems_app, name="problems")


@problems_app.command("list")
def problems_list(
    corpus: Annotated[
        str | None, typer.Option(help="Corpus name (or NAME:LOCATION[@SPLIT]).")
    ] = None,
    set_name: Annotated[str | None, typer.Option("--set", help="A frozen problem set.")] = None,
    problems: Annotated[
        str | None, typer.Option(help="Positions or ids: 0-19, humaneval/3,7.")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """List corpora, or the problems of one corpus or set.

    Example: `workbench problems list --corpus humaneval --problems 0-9`
    """
    with user_errors():
        if corpus is None and set_name is None:
            _list_corpora(as_json)
            return
        if set_name is not None:
            chosen = load_set(set_name).problems()
        else:
            assert corpus is not None
            chosen = select_problems(load_corpus(corpus), problems)
    if as_json:
        rows = [_summary(p) for p in chosen]
        print(json.dumps(rows, indent=1))
        return
    table = Table(title=f"{len(chosen)} problems")
    for col in ("id", "title", "io", "public", "private", "difficulty"):
        table.add_column(col, justify="right" if col in ("public", "private") else "left")
    for p in chosen:
        s = _summary(p)
        table.add_row(
            p.id,
            p.title,
            p.io,
            str(s["public_tests"]),
            str(s["private_tests"]),
            str(p.meta.get("difficulty") or ""),
        )
    out.print(table)


def _summary(p: Problem) -> dict[str, Any]:
    return {
        "id": p.id,
        "title": p.title,
        "io": p.io,
        "public_tests": len(p.public_tests),
        "private_tests": len(p.private_tests),
        "difficulty": p.meta.get("difficulty"),
    }


def _list_corpora(as_json: bool) -> None:
    cards = corpus_cards()
    if as_json:
        print(json.dumps(cards, indent=1))
        return
    table = Table(title="corpora (workbench problems list --corpus NAME)")
    for col in ("name", "title", "io", "source", "licence", "version"):
        table.add_column(col)
    for c in cards:
        table.add_row(
            *(str(c[k] or "") for k in ("name", "title", "io", "source", "licence", "version"))
        )
    out.print(table)


@problems_app.command("show")
def problems_show(
    problem_id: Annotated[str, typer.Argument(help="Problem id, e.g. humaneval/0.")],
    corpus: Annotated[str | None, typer.Option(help=CORPUS_HELP)] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the problem as JSON.")] = False,
) -> None:
    """Show a problem: statement, tests (public/private), examples, reference solution.

    Example: `workbench problems show humaneval/0`
    """
    with user_errors():
        p = find_problem(problem_id, corpus)
    if as_json:
        print(json.dumps(p.to_dict(), indent=1, ensure_ascii=False))
        return
    out.print(Panel(p.statement.strip("\n"), title=f"{p.id} — {p.title}", title_align="left"))
    entry = f", entry point `{p.entry_point}`" if p.entry_point else ""
    out.print(
        f"io: [bold]{p.io}[/]{entry}; tests: {len(p.public_tests)} public, "
        f"{len(p.private_tests)} private; examples: {len(p.examples)}"
    )
    meta = ", ".join(f"{k}: {v}" for k, v in p.meta.items() if v not in (None, [], ""))
    out.print(f"meta: {meta}", highlight=False)
    if p.solutions:
        out.print(
            Panel(
                Syntax(p.solutions[0], "python", line_numbers=True),
                title=f"reference solution (1 of {len(p.solutions)})",
                title_align="left",
            )
        )


@app.command()
def check(
    program: Annotated[Path, typer.Argument(help="A Python file with the program.")],
    problem: Annotated[str | None, typer.Option(help="Problem id, e.g. humaneval/0.")] = None,
    problem_file: Annotated[Path | None, typer.Option(help="A problem as a JSON file.")] = None,
    corpus: Annotated[str | None, typer.Option(help=CORPUS_HELP)] = None,
    private: Annotated[bool, typer.Option(help="Run the private tests too.")] = False,
    as_json: JsonOpt = False,
    timeout: Annotated[float, typer.Option(help="Seconds per test.")] = 3.0,
    memory: Annotated[int, typer.Option(help="Address-space limit in MB.")] = 1024,
) -> None:
    """Run a program on a problem's public tests (all tests with --private), sandboxed.

    Example: `workbench check solution.py --problem humaneval/0 --private`

    Exit code 0 when the tests ran, whatever they said; 2 for bad input.
    """
    from workbench.execution import Limits
    from workbench.program_check import check_program, load_checked_problem, read_program

    with user_errors():
        prob = load_checked_problem(problem, problem_file, corpus)
        code = read_program(program)
        found = check_program(code, prob, private, Limits(timeout_s=timeout, memory_mb=memory))
    if as_json:
        print(json.dumps(found.to_dict(), indent=1))
        return
    _print_check(found, program, private)


def _print_check(found: ProgramCheck, program: Path, private: bool) -> None:
    from workbench.program_check import sandbox_line

    table = Table(title=f"{found.problem.id}: {program}")
    for col in ("test", "kind", "outcome", "seconds", "detail"):
        table.add_column(
            col, overflow="fold", justify="right" if col in ("test", "seconds") else "left"
        )
    for r in found.results:
        style = OUTCOME_STYLE[r.outcome]
        table.add_row(
            str(r.test),
            "public" if r.public else "private",
            f"[{style}]{r.outcome.value}[/]",
            f"{r.seconds:.3f}",
            r.detail,
        )
    out.print(table)
    line = f"public pass rate {_rate(found.public_pass_rate)}"
    if private:
        line += f", private pass rate {_rate(found.private_pass_rate)}"
    counts = found.outcome_counts()
    out.print(line + "; " + ", ".join(f"{k}: {v}" for k, v in counts.most_common()))
    out.print(f"[dim]sandbox: {sandbox_line(found.sandbox)}[/]")


def _rate(rate: float | None) -> str:
    return "n/a (no such tests)" if rate is None else f"{rate:.0%}"
