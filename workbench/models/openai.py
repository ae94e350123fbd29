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

from workbench.models import openai_wire as wire
from workbench.models.base import (
    Capabilities,
    ContextLengthError,
    Generation,
    ModelCapabilityError,
    ModelError,
    ModelInfo,
    Request,
)

DEFAULT_BASE_URL = "https://api.openai.com/v1"
DEFAULT_CONTEXT_LENGTH = 32768
MAX_SERVER_STOPS = 4  # the OpenAI API rejects longer stop lists
MAX_CONCURRENT_REQUESTS = 8
# Keys under which servers report a model's context window in /models (vLLM, LM Studio, ...).
# How servers word a prompt that does not fit ("maximum context length", "... too long").


class OpenAIModel:
    """An OpenAI-compatible endpoint serving the model `name` (id "openai:NAME")."""

    capabilities = Capabilities(token_level=False, beam=False, logprobs=True, chat_prefill=False)

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
            found = wire.context_of(client.models.retrieve(self.name).to_dict())
            if found:
                return found
        except openai.OpenAIError:
            pass
        try:
            for entry in client.models.list():
                if entry.id == self.name:
                    return wire.context_of(entry.to_dict())
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
        # Stop strings count from after the prefill. A chat endpoint is not given the prefill
        # and writes it itself ("```python" for "```"), so a stop string found in the prefill
        # would end its answer before it began: such stops are applied here only.
        in_prefill = [s for s in stop if s and chat and s in request.prefill]
        server_stop = [s for s in stop if s and s not in in_prefill][:MAX_SERVER_STOPS]
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
                rejected = err.status_code in (400, 422) and wire.mentions_logprobs(err)
                if logprobs and rejected and not wire.is_context_error(err):
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
                content, start, prefilled, pieces = wire.read_chat_choice(choice, request.prefill)
            else:
                content, start, prefilled, pieces = wire.read_completion_choice(choice)
            generations.append(
                wire.finish(
                    content,
                    start,
                    prefilled,
                    pieces,
                    choice.finish_reason,
                    stop if prefilled else (),  # without the prefill, the stops do not apply
                    share,
                    seconds,
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
                f"cannot reach {where}: {wire.root_cause(err)}; is the server running? "
                f"set OPENAI_BASE_URL or --base-url"
            ) from err
        if not isinstance(err, openai.APIStatusError):
            raise ModelError(f"{where} failed for model '{self.name}': {err}") from err
        status, message = err.status_code, wire.server_message(err)
        if status in (401, 403):
            raise ModelError(
                f"{where} refused the API key ({status}: {message}); "
                f"set OPENAI_API_KEY or --api-key"
            ) from err
        if wire.is_context_error(err):
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
