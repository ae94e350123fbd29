"""A GGUF model on llama.cpp behind the model protocol: the embedded models' fast engine and
any `gguf:PATH`.

Sampling is continuous batching over llama.cpp sequences (`llama_engine.py` says why): a
prompt is computed once into a template sequence, each of its samples starts as a shared
copy of it, up to `batch_size` rows decode together, and a finished row frees its
sequence for the next. Each row draws from its own seeded generator with the same
sampler as the transformers engine (`decoding.choose`), so a sample does not depend on
which rows share its batch. Beam search is not offered here (the `torch` engine has it).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from workbench.models import chat_template
from workbench.models.base import (
    STOP_WINDOW,
    Capabilities,
    ContextLengthError,
    Generation,
    ModelCapabilityError,
    ModelError,
    ModelInfo,
    Request,
    truncate_at_stop,
)
from workbench.models.decoding import choose
from workbench.models.llama_engine import LlamaEngine, Slot
from workbench.models.local import request_seed, row_seed


@dataclass
class _Row:
    prompt: int  # index of its request
    budget: int
    rng: torch.Generator
    seq: int = -1
    pos: int = 0
    logits: np.ndarray | None = None
    tokens: list[int] = field(default_factory=list)
    logprob: float = 0.0
    reason: str | None = None
    seconds: float = 0.0


class SequencePool:
    """The context's sequence ids, handed out and taken back (a search's continuer holds a
    few for as long as it lives; a `generate` call holds its rows' for the call)."""

    def __init__(self, engine: LlamaEngine) -> None:
        self.engine = engine
        self.free = list(range(engine.sequences - 1, -1, -1))
        self.held_cells: dict[int, int] = {}  # owner id -> cells it may occupy

    def take(self) -> int:
        if not self.free:
            raise ModelError(
                f"all {self.engine.sequences} llama.cpp sequences are in use (too many "
                "searches or batches at once on one model)"
            )
        return self.free.pop()

    def give(self, seq: int) -> None:
        self.engine.forget(seq)
        self.free.append(seq)

    def room(self, owner: int) -> int:
        """Cells left for `owner` after what every other owner may occupy."""
        others = sum(n for o, n in self.held_cells.items() if o != owner)
        return self.engine.cells - others


class LlamaModel:
    """A GGUF model decoded by llama.cpp."""

    capabilities = Capabilities(token_level=True, beam=False, logprobs=True)
    engine_name = "llama"

    def __init__(
        self,
        engine: LlamaEngine,
        id: str,
        weights_hash: str | None,
        batch_size: int = 16,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.engine = engine
        self.id = id
        self.weights_hash = weights_hash
        self.batch_size = max(1, min(batch_size, engine.sequences // 2))
        self.extra = dict(extra or {})
        self.context_length = engine.cells
        self.pool = SequencePool(engine)
        self.template = engine.metadata("tokenizer.chat_template")
        self._special = {
            "bos_token": engine.token_text(int(engine.C.llama_vocab_bos(engine.vocab))),
            "eos_token": engine.token_text(int(engine.C.llama_vocab_eos(engine.vocab))),
        }
        self._eos = engine.end_tokens()
        self._scratch: Any = None  # a continuer for next_token_topk / score

    # -- prompts and tokens --------------------------------------------------------------
    @property
    def eos_token_ids(self) -> frozenset[int]:
        return self._eos

    def prompt_text(self, request: Request) -> str:
        if isinstance(request.prompt, str):
            return request.prompt + request.prefill
        if not self.template:
            raise ModelError(
                f"{self.id} has no chat template, so it cannot take chat prompts; "
                "use a completion template (--template completion)"
            )
        return chat_template.render(self.template, request.prompt, self._special) + request.prefill

    def encode(self, request: Request) -> list[int]:
        return self.engine.tokenize(self.prompt_text(request))

    def decode(self, ids: Sequence[int]) -> str:
        return self.engine.detokenize(ids)

    def count_tokens(self, request: Request) -> int:
        return len(self.encode(request))

    def info(self) -> ModelInfo:
        extra = {
            "parameters": self.engine.n_params,
            "engine": "llama.cpp",
            "llama_cpp_python": self.engine.version,
            "threads": self.engine.n_threads,
            **self.extra,
        }
        return ModelInfo(self.id, self.weights_hash, self.context_length, extra)

    # -- token level -----------------------------------------------------------------------
    def continuer(self, reuse_kv: bool = True, keep: int = 6) -> Any:
        from workbench.models.llama_continuation import LlamaContinuer

        return LlamaContinuer(self, reuse_kv=reuse_kv, keep=keep)

    def next_token_topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        return self._scratch_continuer().topk(ids, k)

    def score(self, ids: Sequence[int], start: int) -> list[float]:
        if not 0 < start <= len(ids):
            raise ValueError(f"start {start} outside 1..{len(ids)}")
        return self._scratch_continuer().score(ids, start)

    def _scratch_continuer(self) -> Any:
        if self._scratch is None:
            self._scratch = self.continuer(reuse_kv=True, keep=2)
        return self._scratch

    def thread_view(self, n_threads: int) -> LlamaModel:
        """The same model in a llama.cpp context of its own, with `n_threads` threads: for
        one of several threads that decode at once (MCTS's parallel trees). It answers
        exactly as this one does."""
        view = LlamaModel(
            self.engine.sibling(n_threads), self.id, self.weights_hash, self.batch_size, self.extra
        )
        view.batch_size = self.batch_size
        return view

    def close(self) -> None:
        """Free this model's llama.cpp context (a thread view's; the weights stay with
        their owner)."""
        self._scratch = None
        self.engine.close()

    def beam(
        self, request: Request, num_beams: int, max_new_tokens: int = 512, stop: Sequence[str] = ()
    ) -> list[Generation]:
        raise ModelCapabilityError(
            f"{self.id} on llama.cpp has no beam search; use --engine torch for beam"
        )

    # -- sampling -----------------------------------------------------------------------------
    def generate(
        self,
        requests: Sequence[Request],
        n: int = 1,
        temperature: float = 0.0,
        max_new_tokens: int = 512,
        stop: Sequence[str] = (),
        seed: int | None = None,
    ) -> list[list[Generation]]:
        prompts = [self.encode(r) for r in requests]
        for ids in prompts:
            if len(ids) + min(max_new_tokens, 1) > self.context_length:
                raise ContextLengthError(
                    f"the prompt has {len(ids)} tokens; {self.id} takes {self.context_length}"
                )
        greedy = temperature <= 0
        keys = [(i, j) for i in range(len(prompts)) for j in range(1 if greedy else n)]
        rows = [
            _Row(
                i,
                min(max_new_tokens, self.context_length - len(prompts[i])),
                torch.Generator().manual_seed(
                    row_seed(request_seed(requests[i], seed), prompts[i], j)
                ),
            )
            for i, j in keys
        ]
        stop = tuple(stop)
        t0 = time.perf_counter()
        _Scheduler(self, prompts, rows, temperature, stop, t0).run()
        done = {key: self._finish(row, stop) for key, row in zip(keys, rows, strict=True)}
        return [[done[(i, 0 if greedy else j)] for j in range(n)] for i in range(len(prompts))]

    def finished(self, tokens: list[int], stop: tuple[str, ...]) -> bool:
        if tokens[-1] in self._eos:
            return True
        if not stop:
            return False
        tail = self.engine.detokenize(tokens[-STOP_WINDOW:])
        return any(s in tail for s in stop)

    def _finish(self, row: _Row, stop: tuple[str, ...]) -> Generation:
        text, _ = truncate_at_stop(self.decode(row.tokens), stop)
        return Generation(
            text=text,
            tokens=len(row.tokens),
            finish_reason=row.reason or "length",
            logprob=row.logprob,
            token_ids=tuple(row.tokens),
            seconds=row.seconds,
        )


class _Scheduler:
    """One `generate` call's continuous batching over llama.cpp sequences.

    Cells are reserved before a row starts: its prompt once (while any row of that prompt
    lives) and its whole token budget, so the shared cache never fills halfway through."""

    def __init__(
        self,
        model: LlamaModel,
        prompts: list[list[int]],
        rows: list[_Row],
        temperature: float,
        stop: tuple[str, ...],
        t0: float,
    ) -> None:
        self.m, self.engine, self.pool = model, model.engine, model.pool
        self.prompts, self.rows, self.temperature, self.stop, self.t0 = (
            prompts,
            rows,
            temperature,
            stop,
            t0,
        )
        self.owner = id(self)
        self.pending = deque(r for r in rows if r.budget > 0)
        for r in rows:
            if r.budget <= 0:
                r.reason = "length"
        self.left = {i: 0 for i in range(len(prompts))}  # rows of a prompt not yet started
        self.live = {i: 0 for i in range(len(prompts))}  # rows of a prompt not yet finished
        for r in self.pending:
            self.left[r.prompt] += 1
            self.live[r.prompt] += 1
        self.templates: dict[int, tuple[int, np.ndarray]] = {}  # prompt -> (seq, logits)
        self.active: list[_Row] = []
        self.reserved = 0

    def run(self) -> None:
        try:
            while self.pending or self.active:
                self._admit()
                self._step()
        finally:
            for row in self.active:
                self.pool.give(row.seq)
            for seq, _ in self.templates.values():
                self.pool.give(seq)
            self.pool.held_cells.pop(self.owner, None)

    def _reserve(self, cells: int) -> None:
        self.reserved += cells
        self.pool.held_cells[self.owner] = self.reserved

    def _admit(self) -> None:
        room = self.pool.room(self.owner)
        while self.pending and len(self.active) < self.m.batch_size:
            row = self.pending[0]
            length = len(self.prompts[row.prompt])
            need = row.budget + (0 if row.prompt in self.templates else length)
            if self.reserved + need > room:
                if self.active:
                    return
                raise ContextLengthError(
                    f"a prompt of {length} tokens and {row.budget} new ones do not fit the "
                    f"{room} free cells of {self.m.id}'s llama.cpp cache"
                )
            self.pending.popleft()
            if row.prompt not in self.templates:
                seq = self.pool.take()
                logits = self.engine.extend(seq, self.prompts[row.prompt], 0)
                self.templates[row.prompt] = (seq, logits)
                self._reserve(length)
            template, logits = self.templates[row.prompt]
            row.seq = self.pool.take()
            self.engine.share(template, row.seq, length)
            row.pos, row.logits = length, logits
            self._reserve(row.budget)
            self.active.append(row)
            self.left[row.prompt] -= 1
            if self.left[row.prompt] == 0:  # its rows hold the prompt's cells now
                self.pool.give(self.templates.pop(row.prompt)[0])

    def _step(self) -> None:
        rows = self.active
        logits = torch.from_numpy(np.stack([r.logits for r in rows if r.logits is not None]))
        chosen = choose(logits, rows, self.temperature)
        logp = torch.log_softmax(logits, dim=-1)
        slots = []
        going = []
        for k, row in enumerate(rows):
            tok = int(chosen[k])
            row.tokens.append(tok)
            row.logprob += float(logp[k, tok])
            if self.m.finished(row.tokens, self.stop):
                row.reason = "stop"
            elif len(row.tokens) >= row.budget:
                row.reason = "length"
            if row.reason:
                self._retire(row)
                continue
            slots.append(Slot(tok, row.seq, row.pos, True))
            row.pos += 1
            going.append(row)
        self.active = going
        if slots:
            for row, new in zip(going, self.engine.decode(slots), strict=True):
                row.logits = new

    def _retire(self, row: _Row) -> None:
        row.seconds = time.perf_counter() - self.t0
        self.pool.give(row.seq)
        self.reserved -= row.budget
        self.live[row.prompt] -= 1
        if self.live[row.prompt] == 0 and row.prompt not in self.templates:
            self.reserved -= len(self.prompts[row.prompt])
        self.pool.held_cells[self.owner] = self.reserved
