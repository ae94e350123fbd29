"""Reading OpenAI wire-format answers and errors: choices, logprobs, server messages.

Pure functions over the `openai` client's response objects, kept apart from the
`OpenAIModel` class that makes the calls.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import openai

from workbench.models.base import Generation, truncate_at_stop

CONTEXT_ERROR_MARKERS = ("context length", "context_length", "too long")
CONTEXT_KEYS = ("max_model_len", "context_length", "context_window", "max_context_length")


Pieces = list[tuple[bytes, float]]  # a choice's tokens (as bytes) and their logprobs


def read_chat_choice(choice: Any, prefill: str) -> tuple[str, int, bool, Pieces | None]:
    """Content, where the text after the prefill starts, whether it continues the prefill,
    and the token logprobs."""
    content = (choice.message.content if choice.message else None) or ""
    # Chat has no portable "continue this assistant message": the prefill was not sent,
    # so strip it where the model wrote it anyway, and say so where it did not.
    start, prefilled = 0, True
    if prefill:
        lead = len(content) - len(content.lstrip())
        if content.startswith(prefill):
            start = len(prefill)
        elif content[lead:].startswith(prefill):
            start = lead + len(prefill)
        else:
            prefilled = False
    entries = getattr(choice.logprobs, "content", None) if choice.logprobs else None
    # `bytes` is exact where a token is part of a UTF-8 character; the text is not.
    pieces = [(_token_bytes(e), e.logprob) for e in entries] if entries else None
    return content, start, prefilled, pieces


def read_completion_choice(choice: Any) -> tuple[str, int, bool, Pieces | None]:
    """Content and token logprobs of a /completions choice (the prefill was in the prompt)."""
    lp, pieces = choice.logprobs, None
    if lp is not None and lp.tokens and lp.token_logprobs:
        pieces = [
            (t.encode(), x if x is not None else 0.0)
            for t, x in zip(lp.tokens, lp.token_logprobs, strict=False)
        ]
    return choice.text or "", 0, True, pieces


def finish(
    content: str,
    start: int,
    prefilled: bool,
    pieces: Pieces | None,
    server_reason: str | None,
    stop: Sequence[str],
    tokens_share: int | None,
    seconds: float,
) -> Generation:
    """The Generation for `content[start:]` cut at the first stop string; its logprob sums
    the tokens that overlap the text kept."""
    text, found = truncate_at_stop(content[start:], stop)
    if pieces is not None:
        tokens = len(pieces)
    elif tokens_share is not None:
        tokens = tokens_share
    else:
        tokens = len(content) // 4
    return Generation(
        text=text,
        tokens=tokens,
        finish_reason="stop" if found or server_reason == "stop" else "length",
        logprob=_kept_logprob(content, start, start + len(text), pieces),
        seconds=seconds,
        prefilled=prefilled,
    )


def _kept_logprob(content: str, start: int, end: int, pieces: Pieces | None) -> float | None:
    """Sum of the log-probabilities of tokens overlapping content[start:end], by byte
    offsets; None when the tokens do not spell the content (and so cannot be aligned)."""
    if pieces is None:
        return None
    if sum(len(b) for b, _ in pieces) != len(content.encode()):
        return sum(x for _, x in pieces) if (start, end) == (0, len(content)) else None
    lo, hi = len(content[:start].encode()), len(content[:end].encode())
    total, pos = 0.0, 0
    for piece, logprob in pieces:
        if pos < hi and pos + len(piece) > lo:
            total += logprob
        pos += len(piece)
    return total


def _token_bytes(entry: Any) -> bytes:
    raw = getattr(entry, "bytes", None)
    return bytes(raw) if raw is not None else str(entry.token).encode()


def context_of(entry: dict[str, Any]) -> int | None:
    for key in CONTEXT_KEYS:
        value = entry.get(key)
        if isinstance(value, int) and value > 0:
            return value
    return None


def server_message(err: openai.APIStatusError) -> str:
    """The server's own words: OpenAI nests them under "error", vLLM puts them on top."""
    body = err.body
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict) and inner.get("message"):
            return str(inner["message"])
        if isinstance(inner, str):
            return inner
    if isinstance(body, str) and body.strip():
        return body.strip()
    return err.message


def is_context_error(err: openai.OpenAIError) -> bool:
    if not isinstance(err, openai.APIStatusError) or not 400 <= err.status_code < 500:
        return False
    if err.code == "context_length_exceeded":
        return True
    text = server_message(err).lower()
    return any(marker in text for marker in CONTEXT_ERROR_MARKERS)


def mentions_logprobs(err: openai.APIStatusError) -> bool:
    return "logprob" in server_message(err).lower() or err.param in ("logprobs", "top_logprobs")


def root_cause(err: BaseException) -> str:
    """The innermost exception's message (e.g. "[Errno 111] Connection refused")."""
    while err.__cause__ is not None:
        err = err.__cause__
    return str(err) or type(err).__name__
