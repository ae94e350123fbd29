"""Likelihood probes: how surprised is the model by a reference solution or a statement?

A text the model was trained on tends to get higher token log-probabilities than an unseen
text of the same kind. Two scores of a text's token log-probabilities: perplexity, and Min-K%
Prob (Shi et al. 2023, "Detecting Pretraining Data from Large Language Models"): the mean of
the lowest k% of them, which an unseen text drags down with a few surprising tokens where a
seen one has none. `auroc` says how well a score separates seen from unseen texts.

Only local models give token log-probabilities (`capabilities.token_level`).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from scipy.stats import mannwhitneyu

from workbench.models.base import ContextLengthError, Model, ModelCapabilityError, Request
from workbench.problems import Problem

K = 0.2
KINDS = ("reference", "statement")


def token_logprobs(
    model: Model, text: str, context: str = "", *, max_tokens: int = 2048
) -> list[float]:
    """Log-probabilities of `text`'s tokens given `context` (plain text, no chat template).

    The very first token of a text with no context has no prediction and is left out. A text
    is cut to its first `max_tokens` tokens, and the whole to the model's context."""
    _require_token_level(model)
    ids = model.encode(Request(prompt=context + text))
    context_tokens = len(model.encode(Request(prompt=context))) if context else 0
    start = max(1, context_tokens)
    if start >= model.context_length:
        raise ContextLengthError(
            f"the context has {context_tokens} tokens; {model.id} takes {model.context_length}"
        )
    end = min(len(ids), context_tokens + max_tokens, model.context_length)
    if end <= start:
        return []
    return model.score(ids[:end], start)


def perplexity(logprobs: Sequence[float]) -> float:
    """exp(-mean log-probability); nan for no tokens."""
    if not logprobs:
        return math.nan
    return math.exp(-sum(logprobs) / len(logprobs))


def min_k_prob(logprobs: Sequence[float], k: float = K) -> float:
    """Mean of the lowest ceil(k * n) log-probabilities (at least one); nan for no tokens."""
    if not logprobs:
        return math.nan
    # The tolerance keeps k * n from landing just above a whole number (0.2 * 15).
    count = max(1, math.ceil(k * len(logprobs) - 1e-9))
    lowest = sorted(logprobs)[:count]
    return sum(lowest) / count


def auroc(positive: Sequence[float], negative: Sequence[float]) -> float:
    """P(a positive scores above a negative) + P(tie) / 2: the Mann-Whitney U of the
    positives over n1 * n2; nan when either side is empty."""
    if not positive or not negative:
        return math.nan
    u = mannwhitneyu(list(positive), list(negative), alternative="two-sided").statistic
    return float(u) / (len(positive) * len(negative))


@dataclass(frozen=True)
class LikelihoodResult:
    """The scores of one text of a problem: its reference solution or its statement."""

    problem: str
    kind: str  # "reference" | "statement"
    tokens: int
    mean_logprob: float
    perplexity: float
    min_k: float

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def likelihood_probe(
    model: Model,
    problems: Sequence[Problem],
    *,
    kinds: Sequence[str] = KINDS,
    k: float = K,
    max_tokens: int = 2048,
    progress: Callable[[int, int], None] | None = None,
) -> list[LikelihoodResult]:
    """Each problem's texts scored alone, in the order (problem, kind): the reference is
    `solutions[0]`, the statement `statement`. A problem without the text (no reference,
    an empty statement) has no result for it."""
    unknown = [kind for kind in kinds if kind not in KINDS]
    if unknown:
        raise ValueError(f"unknown likelihood kind(s) {unknown}: choose from {list(KINDS)}")
    _require_token_level(model)
    results = []
    total, done = len(problems) * len(kinds), 0
    for problem in problems:
        for kind in kinds:
            text = problem.statement if kind == "statement" else next(iter(problem.solutions), "")
            logprobs = token_logprobs(model, text, max_tokens=max_tokens) if text else []
            if logprobs:
                results.append(_result(problem.id, kind, logprobs, k))
            done += 1
            if progress is not None:
                progress(done, total)
    return results


def _result(problem: str, kind: str, logprobs: Sequence[float], k: float) -> LikelihoodResult:
    return LikelihoodResult(
        problem=problem,
        kind=kind,
        tokens=len(logprobs),
        mean_logprob=sum(logprobs) / len(logprobs),
        perplexity=perplexity(logprobs),
        min_k=min_k_prob(logprobs, k),
    )


def _require_token_level(model: Model) -> None:
    if not model.capabilities.token_level:
        raise ModelCapabilityError(
            f"the likelihood probe needs token log-probabilities, which {model.id} does not "
            "give: use a local model (--model embedded, or hf:PATH_OR_ID)"
        )
