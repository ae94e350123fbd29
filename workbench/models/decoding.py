"""Batched decoding with refill (continuous batching) for local causal LMs.

Why our own loop instead of `model.generate`: many different prompts share a batch
(left-padded); each row samples from its own seeded random generator, so a sample does
not depend on which rows share its batch; each row has its own stop strings and budget.
And why refill: on a CPU one decoding step costs about the same for 1 row as for 16
(the weights are read once either way), so a batch that waits for its longest row
wastes most of its steps. Here a finished row leaves the batch and its attention cache
at once, and pending rows join: they are prefilled together, their caches are
left-padded to the batch's length and concatenated. The schedule depends only on the
list of rows and `batch_size`, so the same call gives the same tokens.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.nn.functional as F


@dataclass
class Row:
    prompt: list[int]
    rng: torch.Generator
    budget: int
    tokens: list[int] = field(default_factory=list)
    logprob: float = 0.0
    reason: str | None = None  # "stop" | "length" once finished
    seconds: float = 0.0


@dataclass
class Batch:
    """The rows being decoded: their attention cache, mask and last tokens."""

    rows: list[int] = field(default_factory=list)
    cache: Any = None
    mask: torch.Tensor | None = None
    last: torch.Tensor | None = None


def decode(
    model: Any,
    prompts: Sequence[list[int]],
    seeds: Sequence[int],
    temperature: float,
    budgets: Sequence[int],
    batch_size: int,
    pad_id: int,
    finished: Callable[[list[int]], bool],
) -> list[Row]:
    """Decode every prompt; `finished(tokens)` says when a row has hit eos or a stop."""
    t0 = time.perf_counter()
    rows = [
        Row(list(p), torch.Generator().manual_seed(s), b)
        for p, s, b in zip(prompts, seeds, budgets, strict=True)
    ]
    pending = deque(i for i, r in enumerate(rows) if r.budget > 0)
    for r in rows:
        if r.budget <= 0:
            r.reason = "length"
    batch = Batch()
    refill_at = max(1, batch_size // 4)  # prefill joiners together, not one by one
    with torch.inference_mode():
        while pending or batch.rows:
            free = batch_size - len(batch.rows)
            if pending and (not batch.rows or (free >= refill_at and _mergeable(batch.cache))):
                joiners = [pending.popleft() for _ in range(min(free, len(pending)))]
                logits = _join(model, batch, [rows[i].prompt for i in joiners], pad_id)
                stepped, joined = joiners, True
            else:
                logits = _step(model, batch)
                stepped, joined = list(batch.rows), False
            chosen = choose(logits, [rows[i] for i in stepped], temperature)
            logp = torch.log_softmax(logits, dim=-1)
            if joined and batch.rows:  # the old rows keep their last tokens; joiners follow
                assert batch.last is not None
                batch.last = torch.cat([batch.last, chosen])
            else:
                batch.last = chosen
            if joined:
                batch.rows = batch.rows + joiners
            for k, i in enumerate(stepped):
                tok = int(chosen[k])
                row = rows[i]
                row.tokens.append(tok)
                row.logprob += float(logp[k, tok])
                if finished(row.tokens):
                    row.reason = "stop"
                elif len(row.tokens) >= row.budget:
                    row.reason = "length"
                if row.reason:
                    row.seconds = time.perf_counter() - t0
            _drop_finished(batch, rows)
    return rows


def choose(logits: torch.Tensor, rows: Sequence[Any], temperature: float) -> torch.Tensor:
    """Each row's next token: the argmax (greedy) or a draw from its own `rng`."""
    if temperature <= 0:
        return logits.argmax(dim=-1)
    # Inverse-CDF sampling with each row's own uniform draw (torch.multinomial costs ~7 ms
    # a row on a 150k vocabulary; this is one batched search).
    cdf = torch.softmax(logits / temperature, dim=-1).cumsum(dim=-1)
    u = torch.stack([torch.rand((), generator=r.rng) for r in rows])
    picked = torch.searchsorted(cdf, (u * cdf[:, -1])[:, None])[:, 0]
    return picked.clamp(max=logits.shape[-1] - 1)


def _step(model: Any, batch: Batch) -> torch.Tensor:
    """One token for every row of the batch; the logits of the next."""
    assert batch.mask is not None and batch.last is not None
    batch.mask = torch.cat([batch.mask, torch.ones((len(batch.rows), 1), dtype=torch.long)], 1)
    positions = batch.mask.sum(dim=-1, keepdim=True) - 1
    res = model(
        input_ids=batch.last[:, None],
        attention_mask=batch.mask,
        position_ids=positions,
        past_key_values=batch.cache,
        use_cache=True,
    )
    batch.cache = res.past_key_values
    return res.logits[:, -1, :].float()


def _join(model: Any, batch: Batch, prompts: list[list[int]], pad_id: int) -> torch.Tensor:
    """Prefill new rows (left-padded among themselves) and append them to the batch; the
    logits of their first tokens."""
    width = max(len(p) for p in prompts)
    ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for r, p in enumerate(prompts):
        ids[r, width - len(p) :] = torch.tensor(p)
        mask[r, width - len(p) :] = 1
    res = model(
        input_ids=ids,
        attention_mask=mask,
        position_ids=(mask.cumsum(-1) - 1).clamp(min=0),
        use_cache=True,
    )
    if batch.cache is None or not batch.rows:
        batch.cache, batch.mask = res.past_key_values, mask
    else:
        assert batch.mask is not None
        batch.mask = _merge(batch.cache, batch.mask, res.past_key_values, mask)
    return res.logits[:, -1, :].float()


def _mergeable(cache: Any) -> bool:
    """Refill needs plain growing key/value tensors in every layer (full attention)."""
    if cache is None:
        return True
    from transformers.cache_utils import DynamicLayer

    return all(type(layer) is DynamicLayer for layer in getattr(cache, "layers", [None]))


def _merge(cache: Any, mask: torch.Tensor, new: Any, new_mask: torch.Tensor) -> torch.Tensor:
    """Append `new` rows to `cache`, left-padding the shorter side; the merged mask."""
    width = max(mask.shape[1], new_mask.shape[1])
    for layer, other in zip(cache.layers, new.layers, strict=True):
        for name in ("keys", "values"):
            a, b = getattr(layer, name), getattr(other, name)
            a = F.pad(a, (0, 0, width - a.shape[-2], 0))
            b = F.pad(b, (0, 0, width - b.shape[-2], 0))
            setattr(layer, name, torch.cat([a, b], dim=0))
    mask = F.pad(mask, (width - mask.shape[1], 0))
    return torch.cat([mask, F.pad(new_mask, (width - new_mask.shape[1], 0))], dim=0)


def _drop_finished(batch: Batch, rows: list[Row]) -> None:
    keep = [k for k, i in enumerate(batch.rows) if rows[i].reason is None]
    if len(keep) == len(batch.rows):
        return
    if not keep:
        batch.rows, batch.cache, batch.mask, batch.last = [], None, None, None
        return
    index = torch.tensor(keep)
    batch.cache.batch_select_indices(index)
    assert batch.mask is not None and batch.last is not None
    batch.rows = [batch.rows[k] for k in keep]
    batch.mask = batch.mask[index]
    batch.last = batch.last[index]
    # Columns that are padding in every remaining row are dead weight: cut them.
    used = batch.mask.any(dim=0).nonzero()
    first = int(used[0]) if len(used) else 0
    if first > 0 and _mergeable(batch.cache):
        batch.mask = batch.mask[:, first:]
        for layer in batch.cache.layers:
            layer.keys = layer.keys[:, :, first:, :]
            layer.values = layer.values[:, :, first:, :]
