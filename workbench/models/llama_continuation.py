"""Token-level continuation for tree search on llama.cpp: `continuation.Continuer`'s calls
(next-token distributions and rollouts from any prefix) over llama.cpp sequences.

The attention cache lives in the context. Each stored prefix is a sequence id holding its
positions; a new prefix starts as a shared copy of the stored one with the longest
common beginning (`llama_memory_seq_cp`: the cells are shared, nothing is computed or
copied) and only the positions after that go through the model. With `reuse_kv=False`
every call computes its prefix from the first token.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import torch

from workbench.models.continuation import (
    Ids,
    OnStep,
    Rollout,
    pick_token,
    shared_length,
    topk_of,
)


class LlamaContinuer:
    """Next-token top-k, scores and rollouts from token prefixes of one `LlamaModel`."""

    def __init__(self, model: Any, reuse_kv: bool = True, keep: int = 6) -> None:
        self.model = model
        self.engine = model.engine
        self.pool = model.pool
        self.eos = model.eos_token_ids
        self.reuse_kv = reuse_kv
        self.keep = max(1, keep)
        self.owner = id(self)
        self._entries: OrderedDict[Ids, tuple[int, np.ndarray]] = OrderedDict()  # seq, logits
        self.forward_tokens = 0
        self.forward_calls = 0
        self.reused_tokens = 0

    def __del__(self) -> None:
        try:
            for seq, _ in self._entries.values():
                self.pool.give(seq)
            self.pool.held_cells.pop(self.owner, None)
        except Exception:  # interpreter shutdown
            pass

    # -- the stored sequences ---------------------------------------------------------------
    def _longest(self, ids: Ids) -> tuple[Ids | None, int]:
        best, best_len = None, 0
        for key in self._entries:
            m = shared_length(key, ids)
            if m > best_len:
                best, best_len = key, m
        return best, best_len

    def _held(self) -> None:
        # An upper bound (shared cells are counted once per sequence that holds them).
        self.pool.held_cells[self.owner] = sum(len(k) for k in self._entries)

    def _evict(self, protect: Ids | None) -> None:
        while len(self._entries) >= self.keep or (
            self._entries and self.pool.room(self.owner) < sum(len(k) for k in self._entries)
        ):
            victim = next((k for k in self._entries if k != protect), None)
            if victim is None:
                return
            seq, _ = self._entries.pop(victim)
            self.pool.give(seq)

    def _store(self, key: Ids, seq: int, logits: np.ndarray) -> None:
        self._entries[key] = (seq, logits)
        self._entries.move_to_end(key)
        self._held()

    def _start(self, ids: Ids, protect: Ids | None = None) -> tuple[int, int]:
        """A fresh sequence holding the longest stored beginning of `ids` (never all of it:
        the last position is computed, its logits are the answer); where to go on from."""
        key, shared = self._longest(ids) if self.reuse_kv else (None, 0)
        self._evict(protect=key if key is not None else protect)
        seq = self.pool.take()
        start = min(shared, len(ids) - 1)
        if key is not None and start > 0:
            self.engine.share(self._entries[key][0], seq, start)
            self.reused_tokens += start
        else:
            start = 0
        return seq, start

    def _forward(self, ids: Ids) -> tuple[int, np.ndarray]:
        """The sequence holding `ids` and the next-token logits after it."""
        if not ids:
            raise ValueError("an empty prefix has no next token")
        if self.reuse_kv and ids in self._entries:
            self._entries.move_to_end(ids)
            self.reused_tokens += len(ids)
            return self._entries[ids]
        seq, start = self._start(ids)
        logits = self.engine.extend(seq, ids[start:], start)
        self.forward_tokens += len(ids) - start
        self.forward_calls += 1
        if self.reuse_kv:
            self._store(ids, seq, logits)
        else:
            self.pool.give(seq)
        return seq, logits

    # -- what a search calls ------------------------------------------------------------------
    def probs(self, ids: Sequence[int]) -> torch.Tensor:
        return torch.softmax(torch.from_numpy(self._forward(tuple(ids))[1]), dim=-1)

    def topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        return topk_of(self.probs(ids), k)

    def score(self, ids: Sequence[int], start: int) -> list[float]:
        """Log-probability of each token ids[start:] given those before it."""
        ids_t = tuple(int(t) for t in ids)
        # Positions before start-1 are context only (from a stored prefix where one
        # shares them); from start-1 on, each position's logits predict the next token.
        context = ids_t[: start - 1]
        seq, begin = self._start(context) if context else (self.pool.take(), 0)
        if begin < len(context):
            self.engine.extend(seq, context[begin:], begin)
            self.forward_tokens += len(context) - begin
        rows = self.engine.extend(seq, ids_t[start - 1 :], start - 1, all_logits=True)
        self.forward_tokens += len(ids_t) - start + 1
        self.forward_calls += 1
        self.pool.give(seq)
        logp = torch.log_softmax(torch.from_numpy(rows[:-1]), dim=-1)
        target = torch.tensor(ids_t[start:])
        return [float(x) for x in logp.gather(1, target[:, None])[:, 0]]

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
        seq_ids = list(ids)
        if budget <= 0:
            return Rollout([], 0.0, "length")
        key = tuple(seq_ids)
        if self.reuse_kv:
            src, logits = self._forward(key)
            # Go on in a sequence of its own: the stored one must keep meaning `key`.
            self._evict(protect=key)
            seq = self.pool.take()
            self.engine.share(src, seq, len(key))
        else:
            seq = self.pool.take()
            logits = self.engine.extend(seq, key, 0)
            self.forward_tokens += len(key)
            self.forward_calls += 1
        rng = torch.Generator().manual_seed(seed) if temperature > 0 else None
        new: list[int] = []
        logprob = 0.0
        reason = "length"
        while True:
            raw = torch.from_numpy(logits)
            tok, lp = pick_token(raw, temperature, rng, on_step, tuple(seq_ids))
            logprob += lp
            seq_ids.append(tok)
            new.append(tok)
            if tok in self.eos or finished(new):
                reason = "stop"
                break
            if len(new) >= budget:
                break
            logits = self.engine.extend(seq, [tok], len(seq_ids) - 1)
            self.forward_tokens += 1
            self.forward_calls += 1
        # The sequence holds every token but the last one chosen: keep it for later calls.
        if self.reuse_kv and len(seq_ids) > 1 and tuple(seq_ids[:-1]) not in self._entries:
            self._store(tuple(seq_ids[:-1]), seq, logits)
        else:
            self.pool.give(seq)
        return Rollout(new, logprob, reason)

    def beam_rollout(
        self, ids: Sequence[int], beams: int, budget: int, stop: Sequence[str], tokenizer: Any
    ) -> Rollout:
        from workbench.models.base import ModelCapabilityError

        raise ModelCapabilityError(
            "beam rollouts need the torch engine (llama.cpp has no beam search here)"
        )
