"""Prompting: Jinja templates turn a problem (or a variant of it) into a model prompt, and a
model's answer back into a program.

A template lives in `prompts/<name>.jinja` (the folder moves with `WORKBENCH_PROMPTS`), or is
given as a path to a `.jinja` file. Its Jinja *blocks* are the parts of the prompt, each
rendered on its own:

    chat templates        system (optional), shot_user + shot_reply (optional: a worked
                          example as an earlier exchange), user, prefill, stop (optional)
    completion templates  prompt, prefill (optional), stop (optional)

`prefill` is the text the answer is forced to begin with; `stop` holds stop strings, one per
line, where `\\n`, `\\t` and `\\\\` are escapes (so "\\nQUESTION:" stops at a line starting
with QUESTION:). `system` and `user` are stripped of surrounding whitespace; `prompt` and
`prefill` are kept verbatim. The environment has `StrictUndefined` (a misspelt variable is
an error, never an empty string), `trim_blocks` and `lstrip_blocks` (a tag on its own line
leaves no blank line), `keep_trailing_newline`. Top-level macros and `{% set %}`s are
visible in blocks; `{% extends %}` is not supported.

Template variables: problem, statement, io, entry_point, starter_code, examples, few_shot
(dicts: id, statement, io, entry_point, starter_code, solution), variant (name or None).

Turning an answer back into a program is `workbench.extraction.extract_program`.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

import jinja2

from workbench.errors import WorkbenchError
from workbench.problems import IoKind, Problem, Variant

BLOCKS: dict[str, tuple[str, ...]] = {
    "chat": ("system", "shot_user", "shot_reply", "user", "prefill", "stop"),
    "completion": ("prompt", "prefill", "stop"),
}


class TemplateError(WorkbenchError, ValueError):
    """A template cannot be found, parsed or rendered: the message names it and the fix."""


@dataclass(frozen=True)
class Prompt:
    """A rendered prompt: `Request(p.prompt, p.prefill)` is what a model gets."""

    template: str
    template_hash: str
    kind: Literal["chat", "completion"]
    prompt: str | list[dict[str, str]]
    prefill: str
    stop: tuple[str, ...]
    io: IoKind
    entry_point: str | None
    starter_code: str | None

    def text(self) -> str:
        """A readable rendering, one `### part` header per message."""
        parts: list[tuple[str, str]]
        if isinstance(self.prompt, str):
            parts = [("prompt", self.prompt)]
        else:
            parts = [(m["role"], m["content"]) for m in self.prompt]
        parts.append(("assistant (prefill)" if self.kind == "chat" else "prefill", self.prefill))
        body = "".join(f"### {head}\n{_with_newline(text)}" for head, text in parts)
        return body + f"### stop\n{json.dumps(list(self.stop))}\n"

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["stop"] = list(self.stop)
        return d


def _with_newline(text: str) -> str:
    return text if not text or text.endswith("\n") else text + "\n"


# --- templates -----------------------------------------------------------------------------


def prompts_dir() -> Path:
    env = os.environ.get("WORKBENCH_PROMPTS")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "prompts"


@functools.cache
def _environment(folder: Path) -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )


def template_names() -> list[str]:
    """The templates in the prompts folder (the rewriters' `rewrite/` folder excluded)."""
    folder = prompts_dir()
    return sorted(p.stem for p in folder.glob("*.jinja")) if folder.is_dir() else []


def _is_path(template: str) -> bool:
    return template.endswith(".jinja")


def _template_path(template: str) -> Path:
    if _is_path(template):
        path = Path(template)
        if not path.is_file():
            raise TemplateError(f"template file {template} not found")
        return path
    path = prompts_dir() / f"{template}.jinja"
    if not path.is_file():
        raise TemplateError(f"unknown template {template!r} (available: {_available()})")
    return path


def _available() -> str:
    return ", ".join(template_names()) or f"none in {prompts_dir()}"


def template_hash(template: str) -> str:
    """sha256 of the template file's bytes (a name in the prompts folder or a .jinja path)."""
    return hashlib.sha256(_template_path(template).read_bytes()).hexdigest()


def _load(template: str) -> jinja2.Template:
    path = _template_path(template)
    try:
        if _is_path(template):
            stat = path.stat()
            return _from_file(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
        return _environment(prompts_dir().resolve()).get_template(f"{template}.jinja")
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"template {template}: syntax error on line {exc.lineno}: {_one_line(exc.message)}"
        ) from None
    except jinja2.TemplateNotFound as exc:  # an {% include %} of a missing file
        raise TemplateError(
            f"template {template}: includes unknown template {exc.name!r} "
            f"(available: {_available()})"
        ) from None


@functools.lru_cache(maxsize=64)
def _from_file(path: str, mtime_ns: int, size: int) -> jinja2.Template:
    """A template given as a file, compiled once per version of the file."""
    env = _environment(prompts_dir().resolve())  # {% include %} looks in the prompts folder
    return env.from_string(Path(path).read_text(encoding="utf-8"))


def _kind(template: str, blocks: Sequence[str]) -> Literal["chat", "completion"]:
    kind: Literal["chat", "completion"]
    if "user" in blocks and "prompt" not in blocks:
        kind = "chat"
    elif "prompt" in blocks and "user" not in blocks:
        kind = "completion"
    else:
        raise TemplateError(
            f"template {template}: needs a 'user' block (chat: system, user, prefill, stop) "
            f"or a 'prompt' block (completion: prompt, prefill, stop), not both; "
            f"it has {sorted(blocks) or 'no blocks'}"
        )
    unknown = sorted(set(blocks) - set(BLOCKS[kind]))
    if unknown:
        raise TemplateError(
            f"template {template}: unknown block(s) {unknown} "
            f"(a {kind} template has {', '.join(BLOCKS[kind])})"
        )
    return kind


_ESCAPE = re.compile(r"\\(n|t|\\)")


def _stop_strings(block: str) -> tuple[str, ...]:
    lines = [ln.rstrip("\r") for ln in block.split("\n")]
    unescape = {"n": "\n", "t": "\t", "\\": "\\"}
    return tuple(_ESCAPE.sub(lambda m: unescape[m.group(1)], ln) for ln in lines if ln.strip())


def _shot(p: Problem) -> dict[str, Any]:
    if not p.solutions:
        raise TemplateError(f"few-shot problem {p.id} has no reference solution to show")
    return {
        "id": p.id,
        "statement": p.statement,
        "io": p.io,
        "entry_point": p.entry_point,
        "starter_code": p.starter_code,
        "solution": p.solutions[0],
    }


def render(
    template: str,
    problem: Problem,
    variant: Variant | None = None,
    few_shot: Sequence[Problem] = (),
) -> Prompt:
    """Render `problem` (stated as `variant`, where given) with a template name or path."""
    if variant is not None and variant.problem_id != problem.id:
        raise TemplateError(
            f"variant {variant.variant} is of {variant.problem_id}, not of {problem.id}"
        )
    # A variant that sets a signature (callbased) turns the problem into a call problem.
    entry_point = (variant.entry_point if variant else None) or problem.entry_point
    io: IoKind = "call" if variant is not None and variant.entry_point else problem.io
    starter_code = (variant.starter_code if variant else None) or problem.starter_code
    variables = {
        "problem": problem,
        "statement": variant.statement if variant else problem.statement,
        "io": io,
        "entry_point": entry_point,
        "starter_code": starter_code,
        "examples": problem.examples,
        "few_shot": [_shot(p) for p in few_shot],
        "variant": variant.variant if variant else None,
    }
    return _render_with(template, variables, io, entry_point, starter_code)


def render_instructions(name: str, variables: dict[str, Any]) -> Prompt:
    """Render a rewriter's instructions, `prompts/rewrite/<name>.jinja` (a chat template with
    the variables its rewriter passes), into the prompt an LLM rewriter sends."""
    return _render_with(f"rewrite/{name}", variables, "stdio", None, None)


def _render_with(
    template: str,
    variables: dict[str, Any],
    io: IoKind,
    entry_point: str | None,
    starter_code: str | None,
) -> Prompt:
    tmpl = _load(template)
    kind = _kind(template, list(tmpl.blocks))
    try:
        ctx = tmpl.new_context(variables)
        # The whole template first: it defines top-level macros and sets for the blocks.
        "".join(tmpl.root_render_func(ctx))
        parts = {
            name: "".join(tmpl.blocks[name](ctx)) for name in BLOCKS[kind] if name in tmpl.blocks
        }
    except jinja2.UndefinedError as exc:
        raise TemplateError(
            f"template {template}{_line(exc)}: {_one_line(exc.message)} "
            f"(variables: {', '.join(variables)})"
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"template {template}{_line(exc)}: {_one_line(str(exc))}") from None
    prompt: str | list[dict[str, str]]
    if kind == "chat":
        prompt = [{"role": "user", "content": parts["user"].strip()}]
        # A worked example as an earlier turn: small models copy an inline example's
        # answer, and follow one they already "gave" better.
        if parts.get("shot_user", "").strip() and parts.get("shot_reply", "").strip():
            prompt[:0] = [
                {"role": "user", "content": parts["shot_user"].strip()},
                {"role": "assistant", "content": parts["shot_reply"].strip()},
            ]
        if parts.get("system", "").strip():
            prompt.insert(0, {"role": "system", "content": parts["system"].strip()})
    else:
        prompt = parts["prompt"]
    return Prompt(
        template=template,
        template_hash=template_hash(template),
        kind=kind,
        prompt=prompt,
        prefill=parts.get("prefill", ""),
        stop=_stop_strings(parts.get("stop", "")),
        io=io,
        entry_point=entry_point,
        starter_code=starter_code,
    )


def _one_line(message: str | None) -> str:
    return " ".join((message or "").split())


def _line(exc: Exception) -> str:
    """', line N' of the template line that raised, from Jinja's rewritten traceback."""
    tb, line = exc.__traceback__, None
    while tb is not None:
        name = tb.tb_frame.f_code.co_filename
        if name.endswith(".jinja") or name == "<template>":
            line = tb.tb_lineno
        tb = tb.tb_next
    return f", line {line}" if line else ""
