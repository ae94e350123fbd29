"""A model behind any OpenAI-compatible HTTP endpoint (OpenAI, vLLM, llama.cpp server, Ollama).

Owns the translation between the `Model` protocol and the wire: chat prompts go to
`/chat/completions`, text prompts to `/completions`; stop strings are applied here too
(servers cap the list at four, some ignore it); servers that ignore `n` are asked again
until `n` samples are gathered; and every failure a user can cause (server down, wrong
key, unknown model, prompt too long) becomes one `ModelError` naming the fix.

Retries with exponential backoff (429, 5xx, timeouts, connection errors) are the
`openai` client's own, set by `max_retries`. Endpoints give no next-token
distributions, so token-level search raises `ModelCapabilityError`.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, NoReturn

import openai

from workbench.models.base import (
    Capabilities,
    ContextLengthError,
    Generation,
    ModelCapabilityError,
    ModelError,
    ModelInfo,
    Request,
    truncate_at_stop,
)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_CONTEXT_LENGTH = 32768
MAX_SERVER_STOPS = 4  # the OpenAI API rejects longer stop lists
MAX_CONCURRENT_REQUESTS = 8
# Keys under which servers report a model's context window in /models (vLLM, LM Studio, ...).
_CONTEXT_KEYS = ("max_model_len", "context_length", "context_window", "max_context_length")
# How servers word a prompt that does not fit ("maximum context length", "... too long").
_CONTEXT_ERROR_MARKERS = ("context length", "context_length", "too long")


class OpenAIModel:
    """An OpenAI-compatible endpoint serving the model `name` (id "openai:NAME")."""

    capabilities = Capabilities(token_level=False, beam=False, logprobs=True)

    def __init__(
        self,
        name: str,
        base_url: str | None = None,
        api_key: str | None = None,
        *,
        timeout: float = 60.0,
        max_retries: int = 4,
        context_length: int | None = None,
    ) -> None:
        self.name = name
        self.id = f"openai:{name}"
        url = base_url or os.environ.get("OPENAI_BASE_URL") or DEFAULT_BASE_URL
        self.base_url = url.rstrip("/")
        # Local servers need no key, but the client insists on one.
        key = api_key or os.environ.get("OPENAI_API_KEY") or "none"
        self.timeout = timeout
        self.max_retries = max_retries
        self._client = openai.OpenAI(
            base_url=self.base_url, api_key=key, timeout=timeout, max_retries=max_retries
        )
        self._context_length = context_length
        self._served_model: str | None = None
        # Servers that reject the logprobs parameter are remembered, per endpoint kind.
        self._logprobs = {"chat": True, "completions": True}
        self._lock = threading.Lock()

    # ----------------------------------------------------------------- description

    @property
    def context_length(self) -> int:
        """The constructor's value, else what the server reports in /models, else 32768."""
        with self._lock:
            if self._context_length is None:
                self._context_length = self._ask_context_length() or DEFAULT_CONTEXT_LENGTH
            return self._context_length

    @context_length.setter
    def context_length(self, value: int) -> None:
        self._context_length = value

    def _ask_context_length(self) -> int | None:
        """The context window from GET /models/NAME, or from the GET /models list (vLLM
        serves only the list); None when the server does not say or cannot be reached."""
        client = self._client.with_options(max_retries=0, timeout=min(self.timeout, 10.0))
        try:
            found = _context_of(client.models.retrieve(self.name).to_dict())
            if found:
                return found
        except openai.OpenAIError:
            pass
        try:
            for entry in client.models.list():
                if entry.id == self.name:
                    return _context_of(entry.to_dict())
        except openai.OpenAIError:
            pass
        return None

    def info(self) -> ModelInfo:
        return ModelInfo(
            id=self.id,
            weights_hash=None,
            context_length=self.context_length,
            extra={"base_url": self.base_url, "served_model": self._served_model},
        )

    def count_tokens(self, request: Request) -> int:
        """An estimate: a token is about four characters of code or English."""
        if isinstance(request.prompt, str):
            chars = len(request.prompt)
        else:
            chars = sum(len(m.get("content", "")) for m in request.prompt)
        return math.ceil((chars + len(request.prefill)) / 4)

    @property
    def eos_token_ids(self) -> frozenset[int]:
        return frozenset()

    # ------------------------------------------------------------------ generation

    def generate(
        self,
        requests: Sequence[Request],
        n: int = 1,
        temperature: float = 0.0,
        max_new_tokens: int = 512,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Generation]]:
        """`n` completions per request; requests run concurrently, results keep their order."""
        if n < 1:
            raise ValueError(f"n must be at least 1, got {n}")

        def one(request: Request) -> list[Generation]:
            # Ask until `n` samples are in: some servers answer one choice whatever `n` is.
            gens: list[Generation] = []
            base_seed = request.seed if request.seed is not None else seed
            while len(gens) < n:
                # A later call gets another seed, or a seeded server would repeat its sample.
                call_seed = None if base_seed is None else base_seed + len(gens)
                batch = self._call(
                    request, n - len(gens), temperature, max_new_tokens, stop, call_seed
                )
                if not batch:
                    raise ModelError(
                        f"the endpoint at {self.base_url} returned no choices for model "
                        f"'{self.name}'; check that the server supports this model"
                    )
                gens.extend(batch)
            return gens[:n]

        if len(requests) <= 1:
            return [one(r) for r in requests]
        pool = ThreadPoolExecutor(max_workers=min(MAX_CONCURRENT_REQUESTS, len(requests)))
        try:
            futures = [pool.submit(one, r) for r in requests]
            return [f.result() for f in futures]
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

    def _call(
        self,
        request: Request,
        n: int,
        temperature: float,
        max_new_tokens: int,
        stop: Sequence[str],
        seed: int | None,
    ) -> list[Generation]:
        """One HTTP call (plus one more without logprobs if the server rejects them)."""
        chat = not isinstance(request.prompt, str)
        kind = "chat" if chat else "completions"
        server_stop = [s for s in stop if s][:MAX_SERVER_STOPS]
        common: dict[str, Any] = {
            "model": self.name,
            "n": n,
            "temperature": temperature,
            "max_tokens": max_new_tokens,
            "stop": server_stop or openai.omit,
            "seed": openai.omit if seed is None else seed,
        }
        while True:
            logprobs = self._logprobs[kind]
            start = time.perf_counter()
            try:
                if chat:
                    response: Any = self._client.chat.completions.create(
                        messages=request.prompt,  # type: ignore[arg-type]
                        logprobs=True if logprobs else openai.omit,
                        **common,
                    )
                else:
                    response = self._client.completions.create(
                        prompt=str(request.prompt) + request.prefill,
                        logprobs=1 if logprobs else openai.omit,
                        **common,
                    )
            except openai.APIStatusError as err:
                rejected = err.status_code in (400, 422) and _mentions_logprobs(err)
                if logprobs and rejected and not _is_context_error(err):
                    self._logprobs[kind] = False
                    continue
                self._raise(err)
            except openai.OpenAIError as err:
                self._raise(err)
            break
        seconds = time.perf_counter() - start
        if getattr(response, "model", None):
            self._served_model = response.model
        choices = list(response.choices or [])
        usage = getattr(response, "usage", None)
        completion_tokens = getattr(usage, "completion_tokens", None) if usage else None
        share = completion_tokens // len(choices) if completion_tokens and choices else None
        generations = []
        for choice in choices:
            if chat:
                content, start, prefilled, pieces = _read_chat_choice(choice, request.prefill)
            else:
                content, start, prefilled, pieces = _read_completion_choice(choice)
            generations.append(
                _finish(
                    content, start, prefilled, pieces, choice.finish_reason, stop, share, seconds
                )
            )
        return generations

    # ---------------------------------------------------------------------- errors

    def _raise(self, err: openai.OpenAIError) -> NoReturn:
        """Turn a client error into one ModelError that names the thing and the fix."""
        where = f"the OpenAI-compatible endpoint at {self.base_url}"
        retried = f"after {self.max_retries} retries" if self.max_retries else "(no retries)"
        if isinstance(err, openai.APITimeoutError):
            raise ModelError(
                f"{where} did not answer within {self.timeout:g} s {retried}; is the server "
                f"overloaded? raise the timeout or check the server"
            ) from err
        if isinstance(err, openai.APIConnectionError):
            raise ModelError(
                f"cannot reach {where}: {_root_cause(err)}; is the server running? "
                f"set OPENAI_BASE_URL or --base-url"
            ) from err
        if not isinstance(err, openai.APIStatusError):
            raise ModelError(f"{where} failed for model '{self.name}': {err}") from err
        status, message = err.status_code, _server_message(err)
        if status in (401, 403):
            raise ModelError(
                f"{where} refused the API key ({status}: {message}); "
                f"set OPENAI_API_KEY or --api-key"
            ) from err
        if _is_context_error(err):
            raise ContextLengthError(
                f"the prompt does not fit the context of model '{self.name}' at {self.base_url} "
                f"({status}: {message}); shorten the prompt or lower max_new_tokens"
            ) from err
        if status == 404 and "model" not in message.lower():
            raise ModelError(
                f"{where} has no {err.request.url.path} ({message}); is the base URL right? "
                f"it usually ends in /v1 (set OPENAI_BASE_URL or --base-url)"
            ) from err
        if status == 404:
            raise ModelError(
                f"model '{self.name}' not found at {self.base_url} ({message}); check the model "
                f"name against {self.base_url}/models"
            ) from err
        if status == 429:
            raise ModelError(
                f"{where} is still rate-limiting {retried} ({message}); wait, or lower the "
                f"request rate"
            ) from err
        if status >= 500:
            raise ModelError(
                f"{where} failed with {status} {retried}: {message}; check the server's log"
            ) from err
        raise ModelError(
            f"{where} rejected the request for model '{self.name}' ({status}: {message})"
        ) from err

    # ------------------------------------------------------------ token level: none

    def _no_token_level(self, what: str) -> NoReturn:
        raise ModelCapabilityError(
            f"{self.id} is an endpoint and cannot {what}: token-level search (beam, MCTS) "
            f"needs a local model (--model embedded or hf:...); line-level search works "
            f"with endpoints"
        )

    def beam(
        self, request: Request, num_beams: int, max_new_tokens: int = 512, stop: Sequence[str] = ()
    ) -> list[Generation]:
        self._no_token_level("run beam search")

    def encode(self, request: Request) -> list[int]:
        self._no_token_level("encode tokens")

    def decode(self, ids: Sequence[int]) -> str:
        self._no_token_level("decode tokens")

    def next_token_topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        self._no_token_level("give next-token probabilities")

    def score(self, ids: Sequence[int], start: int) -> list[float]:
        self._no_token_level("score tokens")


# ------------------------------------------------------------------------ helpers


Pieces = list[tuple[bytes, float]]  # a choice's tokens (as bytes) and their logprobs


def _read_chat_choice(choice: Any, prefill: str) -> tuple[str, int, bool, Pieces | None]:
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


def _read_completion_choice(choice: Any) -> tuple[str, int, bool, Pieces | None]:
    """Content and token logprobs of a /completions choice (the prefill was in the prompt)."""
    lp, pieces = choice.logprobs, None
    if lp is not None and lp.tokens and lp.token_logprobs:
        pieces = [
            (t.encode(), x if x is not None else 0.0)
            for t, x in zip(lp.tokens, lp.token_logprobs, strict=False)
        ]
    return choice.text or "", 0, True, pieces


def _finish(
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


def _context_of(entry: dict[str, Any]) -> int | None:
    for key in _CONTEXT_KEYS:
        value = entry.get(key)
        if isinstance(value, int) and value > 0:
            return value
    return None


def _server_message(err: openai.APIStatusError) -> str:
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


def _is_context_error(err: openai.OpenAIError) -> bool:
    if not isinstance(err, openai.APIStatusError) or not 400 <= err.status_code < 500:
        return False
    if err.code == "context_length_exceeded":
        return True
    text = _server_message(err).lower()
    return any(marker in text for marker in _CONTEXT_ERROR_MARKERS)


def _mentions_logprobs(err: openai.APIStatusError) -> bool:
    return "logprob" in _server_message(err).lower() or err.param in ("logprobs", "top_logprobs")


def _root_cause(err: BaseException) -> str:
    """The innermost exception's message (e.g. "[Errno 111] Connection refused")."""
    while err.__cause__ is not None:
        err = err.__cause__
    return str(err) or type(err).__name__
