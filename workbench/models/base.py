"""The model protocol: what every model (embedded, Hugging Face, OpenAI-compatible) offers.

A prompt is either plain text (completion models) or a list of chat messages. `prefill`
is text the answer must begin with (e.g. an opening code fence, or starter code): the
model continues after it and the returned `Generation.text` excludes it.

`generate` is batched: a list of prompts, `n` samples each. Token-level search (beam,
MCTS) needs `next_token_topk` and `score`; models that cannot give them say so with
`capabilities.token_level = False` and raise `ModelCapabilityError`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from workbench.errors import WorkbenchError

Message = dict[str, str]  # {"role": "system"|"user"|"assistant", "content": ...}
PromptInput = str | list[Message]


class ModelError(WorkbenchError, RuntimeError):
    """A model could not be found, loaded or reached: the message names the fix."""


class ModelCapabilityError(ModelError):
    """The model cannot do what was asked (e.g. token probabilities from an endpoint)."""


class ContextLengthError(ModelError):
    """A prompt (plus the tokens asked for) does not fit into the model's context."""


@dataclass(frozen=True)
class Request:
    """One prompt to complete: the chat messages or text, and the answer's forced start."""

    prompt: PromptInput
    prefill: str = ""
    seed: int | None = None  # this request's own seed, overriding the call's


@dataclass(frozen=True)
class Generation:
    """One completion. `text` starts after the prefill and ends before the stop string that
    ended it (if any). `logprob` is the sum of the sampled tokens' log-probabilities under
    the model's own distribution (before temperature), where the model reports it."""

    text: str
    tokens: int
    finish_reason: str  # "stop" (a stop string or end of sequence) | "length"
    logprob: float | None = None
    token_ids: tuple[int, ...] | None = None
    seconds: float = 0.0
    # False when text does not continue the request's prefill (an endpoint that cannot prefill)
    prefilled: bool = True


@dataclass(frozen=True)
class Capabilities:
    token_level: bool  # next_token_topk / score / encode available
    beam: bool  # beam search available
    logprobs: bool  # Generation.logprob is filled in
    # A chat prompt's prefill is continued (local models); an endpoint's chat API takes no
    # partial answer, so the model starts its reply afresh.
    chat_prefill: bool = True


@dataclass
class ModelInfo:
    """What a run's config records about a model."""

    id: str  # "embedded:0.5b", "hf:PATH_OR_ID", "openai:NAME"
    weights_hash: str | None  # sha256 of the weights where known
    context_length: int
    extra: dict[str, Any] = field(default_factory=dict)


@runtime_checkable
class Model(Protocol):
    """What the search core needs from a model."""

    id: str
    context_length: int
    capabilities: Capabilities

    def info(self) -> ModelInfo: ...

    def count_tokens(self, request: Request) -> int:
        """Prompt tokens of a request, prefill included (an estimate for endpoints)."""
        ...

    def generate(
        self,
        requests: Sequence[Request],
        n: int = 1,
        temperature: float = 0.0,
        max_new_tokens: int = 512,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Generation]]:
        """`n` completions for each request (temperature 0 = greedy: then n copies are
        equal). With a seed, sample `j` of request `i` depends only on (seed, request i,
        j) where the backend allows it. Raises ContextLengthError for a prompt that
        does not fit."""
        ...

    def beam(
        self, request: Request, num_beams: int, max_new_tokens: int = 512, stop: Sequence[str] = ()
    ) -> list[Generation]:
        """Every final beam, best first (ModelCapabilityError where unsupported)."""
        ...

    # Token level (local models). ids are full sequences: prompt + prefill + tokens so far.
    def encode(self, request: Request) -> list[int]: ...

    def decode(self, ids: Sequence[int]) -> str: ...

    def next_token_topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        """The k most likely next tokens after `ids` with their probabilities."""
        ...

    def score(self, ids: Sequence[int], start: int) -> list[float]:
        """Log-probability of each token ids[start:] given the tokens before it."""
        ...

    @property
    def eos_token_ids(self) -> frozenset[int]: ...


# Tokens decoded from the end of a sequence to look for a stop string after each step: one
# stop string spans a handful of tokens, and decoding the whole answer every step would be
# quadratic. Shared by the local engines and the token-level search, so all cut alike.
STOP_WINDOW = 24


def truncate_at_stop(text: str, stop: Sequence[str]) -> tuple[str, bool]:
    """Cut `text` before the earliest stop string; say whether one was found."""
    cut = min((i for s in stop if s and (i := text.find(s)) >= 0), default=-1)
    if cut < 0:
        return text, False
    return text[:cut], True
