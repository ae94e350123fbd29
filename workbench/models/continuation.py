"""Token-level continuation for tree search: next-token distributions and rollouts from any
prefix of token ids, on a local causal LM, reusing attention caches across calls.

A tree search asks for the same prompt again and again with a few different tokens at
the end. Computed from the start each time, the prompt's keys and values cost far more
than the tokens that differ. So `Continuer` keeps the attention cache (keys and values of
every layer) of the last few sequences it computed, and serves a new prefix from the
stored one that shares the longest beginning with it: the shared positions are sliced
out of the stored tensors (views, no compute) and only the rest goes through the model.
With `reuse_kv=False` every call starts from the first token, as a search without this
cache would (a rollout still decodes incrementally within itself, as any `generate` does).

`forward_tokens` counts the positions the model computed, the measure of work that
`benchmarks/mcts_cache.py` compares.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch

Ids = tuple[int, ...]
# (prefix ids, next-token probabilities after it): called at every step of a rollout.
OnStep = Callable[[Ids, torch.Tensor], None]


@dataclass
class Rollout:
    tokens: list[int]  # generated after the given prefix
    logprob: float  # sum over those tokens, under the model's own distribution
    reason: str  # "stop" (eos or a stop string) | "length"


@dataclass
class _Entry:
    cache: Any  # DynamicCache over every position of the key
    logits: torch.Tensor  # next-token logits after the key


class Continuer:
    """Next-token top-k and rollouts from token prefixes of one local model."""

    def __init__(self, model: Any, reuse_kv: bool = True, keep: int = 6) -> None:
        self.lm = model.model  # the transformers module of a LocalModel
        self.eos = model.eos_token_ids
        self.reuse_kv = reuse_kv
        self.keep = max(1, keep)
        self._entries: OrderedDict[Ids, _Entry] = OrderedDict()
        self.forward_tokens = 0
        self.forward_calls = 0
        self.reused_tokens = 0  # positions served from a stored cache instead

    # -- the attention-cache store ----------------------------------------------------
    def _longest(self, ids: Ids) -> tuple[Ids | None, int]:
        """The stored key sharing the longest beginning with `ids`, and that length."""
        best, best_len = None, 0
        for key in self._entries:
            m = shared_length(key, ids)
            if m > best_len:
                best, best_len = key, m
        return best, best_len

    def _store(self, key: Ids, entry: _Entry) -> None:
        if not self.reuse_kv:
            return
        self._entries[key] = entry
        self._entries.move_to_end(key)
        while len(self._entries) > self.keep:
            self._entries.popitem(last=False)

    @torch.inference_mode()
    def _forward(self, ids: Ids) -> _Entry:
        """Keys, values and next-token logits after `ids`, from the best stored prefix."""
        if not ids:
            raise ValueError("an empty prefix has no next token")
        if self.reuse_kv:
            key, shared = self._longest(ids)
            if key is not None and shared == len(ids) == len(key):
                self._entries.move_to_end(key)
                self.reused_tokens += len(ids)
                return self._entries[key]
        else:
            key, shared = None, 0
        # At least the last position is computed: its logits are the answer.
        start = min(shared, len(ids) - 1)
        past = None
        if key is not None and start > 0:
            from transformers.cache_utils import DynamicCache

            layers = self._entries[key].cache.layers
            past = DynamicCache(
                [(la.keys[:, :, :start, :], la.values[:, :, :start, :]) for la in layers]
            )
            self.reused_tokens += start
        else:
            start = 0
        out = self.lm(input_ids=torch.tensor([ids[start:]]), past_key_values=past, use_cache=True)
        self.forward_tokens += len(ids) - start
        self.forward_calls += 1
        entry = _Entry(out.past_key_values, out.logits[0, -1].float())
        self._store(ids, entry)
        return entry

    # -- what a search calls --------------------------------------------------------------
    def probs(self, ids: Sequence[int]) -> torch.Tensor:
        """Next-token probabilities after `ids`."""
        return torch.softmax(self._forward(tuple(ids)).logits, dim=-1)

    def topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        return topk_of(self.probs(ids), k)

    @torch.inference_mode()
    def rollout(
        self,
        ids: Sequence[int],
        budget: int,
        finished: Callable[[list[int]], bool],
        temperature: float = 0.0,
        seed: int = 0,
        on_step: OnStep | None = None,
    ) -> Rollout:
        """Greedy (temperature 0) or sampled tokens after `ids` until `finished(tokens)` or
        `budget` tokens. `on_step` sees every prefix's next-token probabilities."""
        seq = list(ids)
        if budget <= 0:
            return Rollout([], 0.0, "length")
        entry = self._forward(tuple(seq))
        cache, logits = entry.cache, entry.logits
        if self.reuse_kv:
            # The stored cache must not grow under the store's key: continue on a copy of
            # its layer list (the tensors themselves are never written in place).
            from transformers.cache_utils import DynamicCache

            cache = DynamicCache([(la.keys, la.values) for la in cache.layers])
        rng = torch.Generator().manual_seed(seed) if temperature > 0 else None
        new: list[int] = []
        logprob = 0.0
        reason = "length"
        while True:
            tok, lp = pick_token(logits, temperature, rng, on_step, tuple(seq))
            logprob += lp
            seq.append(tok)
            new.append(tok)
            if tok in self.eos or finished(new):
                reason = "stop"
                break
            if len(new) >= budget:
                break
            out = self.lm(input_ids=torch.tensor([[tok]]), past_key_values=cache, use_cache=True)
            self.forward_tokens += 1
            self.forward_calls += 1
            cache, logits = out.past_key_values, out.logits[0, -1].float()
        # The cache now covers every token but the last one chosen; keep it for later calls.
        if len(seq) > 1:
            self._store(tuple(seq[:-1]), _Entry(cache, logits))
        return Rollout(new, logprob, reason)

    @torch.inference_mode()
    def beam_rollout(
        self, ids: Sequence[int], beams: int, budget: int, stop: Sequence[str], tokenizer: Any
    ) -> Rollout:
        """The best beam of a beam search from `ids` (transformers' own; it starts from the
        first token, whatever the store holds)."""
        if budget <= 0:
            return Rollout([], 0.0, "length")
        prompt = torch.tensor([list(ids)])
        kwargs: dict[str, Any] = {}
        if stop:
            kwargs.update(stop_strings=list(stop), tokenizer=tokenizer)
        res = self.lm.generate(
            prompt,
            attention_mask=torch.ones_like(prompt),
            num_beams=beams,
            do_sample=False,
            max_new_tokens=budget,
            early_stopping=True,
            pad_token_id=min(self.eos),
            return_dict_in_generate=True,
            output_scores=True,
            **kwargs,
        )
        new = [int(t) for t in res.sequences[0][len(ids) :]]
        end = next((i for i, t in enumerate(new) if t in self.eos), None)
        if end is not None:
            new = new[: end + 1]
        self.forward_tokens += beams * (len(ids) + len(new))
        self.forward_calls += len(new) + 1
        score = float(res.sequences_scores[0]) * max(1, len(new))
        reason = "stop" if end is not None or len(new) < budget else "length"
        return Rollout(new, score, reason)


def pick_token(
    logits: torch.Tensor,
    temperature: float,
    rng: torch.Generator | None,
    on_step: OnStep | None,
    prefix: Ids,
) -> tuple[int, float]:
    """A rollout's next token after `prefix` (greedy without `rng`, else drawn at
    `temperature`) and its log-probability under the model's own distribution."""
    probs = torch.softmax(logits, dim=-1)
    if on_step is not None:
        on_step(prefix, probs)
    if rng is None:
        tok = int(torch.argmax(probs))
    else:
        scaled = torch.softmax(logits / temperature, dim=-1)
        tok = int(torch.multinomial(scaled, 1, generator=rng))
    return tok, float(torch.log(probs[tok].clamp_min(1e-45)))


def shared_length(a: Ids, b: Ids) -> int:
    """How many leading tokens two sequences share."""
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo] and a[:hi] != b[:hi]: bisect in C-speed slices
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid
    return lo


def topk_of(probs: torch.Tensor, k: int) -> list[tuple[int, float]]:
    """The k most likely tokens, most likely first (ties: the lower id first)."""
    top = torch.topk(probs, min(k, probs.shape[-1]))
    pairs = [(int(i), float(p)) for p, i in zip(top.values, top.indices, strict=True)]
    return sorted(pairs, key=lambda pair: (-pair[1], pair[0]))
