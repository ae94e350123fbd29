"""A GGUF's own chat template, rendered the way transformers renders it.

The template is the Jinja text stored under `tokenizer.chat_template` in the GGUF. A prompt
must be the same text on either engine, or their answers are not comparable, so this
follows `transformers`' rendering: a sandboxed, immutable Jinja environment with
`trim_blocks` and `lstrip_blocks`, loop controls, `raise_exception`, a `tojson` that keeps
non-ASCII text, and the generation prompt appended. `tests/test_models_llama.py` checks
the rendered text against the transformers tokenizer's on the embedded model.
"""

from __future__ import annotations

import json
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2
from jinja2.sandbox import ImmutableSandboxedEnvironment

from workbench.models.base import Message, ModelError


def _raise(message: str) -> None:
    raise jinja2.TemplateError(message)


def _tojson(value: Any, indent: int | None = None, **_: Any) -> str:
    return json.dumps(value, ensure_ascii=False, indent=indent)


@lru_cache(maxsize=8)
def _compile(source: str) -> jinja2.Template:
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    env.filters["tojson"] = _tojson
    env.globals["raise_exception"] = _raise
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(source)


def render(source: str, messages: list[Message], special: dict[str, str]) -> str:
    """The prompt text of `messages` under the template, ready for the assistant's turn."""
    try:
        return _compile(source).render(
            messages=messages, add_generation_prompt=True, tools=None, documents=None, **special
        )
    except jinja2.TemplateError as exc:
        raise ModelError(f"the model's chat template failed: {exc}") from None
