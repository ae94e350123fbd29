"""`workbench prompt`: render a problem (or a frozen variant of it) with a prompt template."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.panel import Panel
from rich.text import Text

from workbench.cli.app import CORPUS_HELP, app, out, user_errors
from workbench.corpus import find_problem
from workbench.prompting import render
from workbench.variants import load_variant


@app.command("prompt")
def prompt_cmd(
    problem_id: Annotated[str, typer.Argument(help="Problem id, e.g. humaneval/0.")],
    template: Annotated[
        str, typer.Option(help="Template name in prompts/ (chat, completion) or a .jinja file.")
    ] = "chat",
    variant: Annotated[
        str | None,
        typer.Option(help="A frozen variant (rewriter name): corpora/variants/CORPUS/NAME.jsonl."),
    ] = None,
    corpus: Annotated[str | None, typer.Option(help=CORPUS_HELP)] = None,
    few_shot: Annotated[
        str | None, typer.Option(help="Solved problems shown as examples: humaneval/2,...")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the prompt as JSON.")] = False,
) -> None:
    """Show the prompt a model gets for a problem: messages, prefill and stop strings.

    Example: `workbench prompt humaneval/0 --template completion`
    """
    with user_errors():
        problem = find_problem(problem_id, corpus)
        chosen = load_variant(problem.id, variant) if variant else None
        shots = [find_problem(s.strip()) for s in (few_shot or "").split(",") if s.strip()]
        p = render(template, problem, chosen, shots)
    if as_json:
        print(json.dumps(p.to_dict(), indent=1, ensure_ascii=False))
        return
    messages = [("prompt", p.prompt)] if isinstance(p.prompt, str) else [
        (m["role"], m["content"]) for m in p.prompt
    ]  # fmt: skip
    for role, content in messages:
        out.print(Panel(Text(content), title=role, title_align="left"))
    prefill_title = "assistant (prefill)" if p.kind == "chat" else "prefill"
    out.print(
        Panel(Text(p.prefill or "(none)", style="" if p.prefill else "dim"), title=prefill_title)
    )
    about = f"{p.template} ({p.kind}, sha256 {p.template_hash[:12]}), io {p.io}"
    if p.entry_point:
        about += f", entry point {p.entry_point}"
    if variant:
        about += f", variant {variant}"
    out.print(f"template {about}", highlight=False, soft_wrap=True)
    out.print(f"stop: {json.dumps(list(p.stop))}", highlight=False, soft_wrap=True)
