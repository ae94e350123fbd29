"""llama.cpp underneath a GGUF model: one context holding many sequences, and the few calls
the model layer needs from it (tokens, pieces, the chat template, decoding a batch).

Why the low-level API rather than `llama_cpp.Llama`: `Llama` keeps one sequence per
context, so batched sampling goes prompt by prompt and a tree search can only keep the
single sequence it last computed. A llama.cpp context holds many sequences in one
attention cache (`kv_unified`): a prompt is computed once and shared by every sample of it
(`llama_memory_seq_cp` shares cells, it copies nothing), the rows of a batch decode
together in one `llama_decode` call, and a search keeps several prefixes resident and
extends whichever shares the most with the next one.

The cache has `cells` positions in all, shared by every sequence; callers reserve what a
sequence may grow to before they start it (see `llama_model.py`), so a decode never runs
out of room halfway.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from workbench.models.base import ModelError

DEFAULT_CELLS = 16384  # attention-cache positions shared by all sequences (~200 MB at 0.5B)
DEFAULT_SEQUENCES = 40  # sequence ids in one context: batch rows, shared prompts, search


def available() -> str | None:
    """None when llama-cpp-python imports, else why it does not (one line).
    `WORKBENCH_LLAMA=0` turns the engine off, as a failed build would."""
    if os.environ.get("WORKBENCH_LLAMA") == "0":
        return "llama.cpp is turned off (WORKBENCH_LLAMA=0)"
    try:
        import llama_cpp  # noqa: F401
    except Exception as exc:  # an ImportError, or an OSError from a broken shared library
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return f"llama-cpp-python is not usable ({first})"
    return None


_LOG_ERROR = 3  # ggml_log_level: GGML_LOG_LEVEL_ERROR
_log_callback: Any = None  # kept alive: llama.cpp holds a pointer to it


def _quiet(C: Any) -> None:
    """llama.cpp reports every tensor it loads, on stderr; pass on its errors only (as
    Python log records of `workbench.llama`)."""
    global _log_callback
    if _log_callback is not None:
        return
    log = logging.getLogger("workbench.llama")

    def forward(level: int, text: bytes, _user: Any) -> None:
        line = text.decode("utf-8", errors="replace").rstrip()
        # Qwen2.5's GGUFs mark `</s>` as a normal token; llama.cpp reports (as an error) that
        # it treats it as a control token, which changes nothing for these models.
        if level == _LOG_ERROR and "control-looking token" not in line:
            log.error(line)

    _log_callback = C.llama_log_callback(forward)
    C.llama_log_set(_log_callback, ctypes.c_void_p(0))


def threads() -> int:
    """The cores this process may run on (llama.cpp decodes fastest with one thread each)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


@dataclass(frozen=True)
class Slot:
    """One token of a batch: which sequence, at which position, and whether its logits are
    wanted (the last token of a prompt, or every token when scoring)."""

    token: int
    seq: int
    pos: int
    logits: bool


class LlamaEngine:
    """A loaded GGUF model with one multi-sequence llama.cpp context."""

    model: Any  # llama_model_p: the weights (shared by sibling contexts)

    def __init__(
        self,
        path: Path,
        cells: int = DEFAULT_CELLS,
        sequences: int = DEFAULT_SEQUENCES,
        n_batch: int = 512,
        n_threads: int | None = None,
        weights_of: LlamaEngine | None = None,
    ) -> None:
        import llama_cpp
        from llama_cpp import llama_cpp as C

        _quiet(C)
        C.llama_backend_init()
        self.C = C
        self.path = path
        # A sibling context (`weights_of`) shares the loaded weights; only their owner frees them.
        self._parent = weights_of
        if weights_of is not None:
            model = weights_of.model
        else:
            mparams = C.llama_model_default_params()
            model = C.llama_model_load_from_file(str(path).encode(), mparams)
        if not model:
            raise ModelError(f"llama.cpp cannot load {path} (not a GGUF model it knows?)")
        self.model = model
        self.vocab = C.llama_model_get_vocab(model)
        self.n_vocab = int(C.llama_vocab_n_tokens(self.vocab))
        self.n_ctx_train = int(C.llama_model_n_ctx_train(model))
        self.n_params = int(C.llama_model_n_params(model))
        self.cells = min(cells, self.n_ctx_train) if self.n_ctx_train > 0 else cells
        self.sequences = sequences
        self.n_batch = n_batch
        self.n_threads = n_threads or threads()
        cparams = C.llama_context_default_params()
        cparams.n_ctx = self.cells
        cparams.n_batch = n_batch
        cparams.n_ubatch = n_batch
        cparams.n_seq_max = sequences
        cparams.n_threads = self.n_threads
        cparams.n_threads_batch = self.n_threads
        cparams.kv_unified = True
        cparams.no_perf = True
        ctx = C.llama_init_from_model(model, cparams)
        if not ctx:
            if weights_of is None:
                C.llama_model_free(model)
            raise ModelError(f"llama.cpp cannot make a context for {path} ({self.cells} cells)")
        self.ctx = ctx
        self.memory = C.llama_get_memory(ctx)
        self._batch = C.llama_batch_init(n_batch, 0, 1)
        self._piece = ctypes.create_string_buffer(256)
        self._llama_cpp_version = str(getattr(llama_cpp, "__version__", "?"))
        self.decode_calls = 0
        self.decoded_tokens = 0

    def close(self) -> None:
        C = self.C
        if getattr(self, "_batch", None) is not None:
            C.llama_batch_free(self._batch)
            self._batch = None
        if getattr(self, "ctx", None):
            C.llama_free(self.ctx)
            self.ctx = None
            self.memory = None
        if getattr(self, "model", None):
            if self._parent is None:
                C.llama_model_free(self.model)
            self.model = None

    def __del__(self) -> None:
        # At interpreter shutdown the library may be gone already.
        with contextlib.suppress(Exception):
            self.close()

    def sibling(self, n_threads: int, cells: int | None = None) -> LlamaEngine:
        """Another context on the same weights (nothing is loaded again): a thread of its
        own can decode in it while this one decodes too."""
        return LlamaEngine(
            self.path,
            cells=cells or self.cells,
            sequences=self.sequences,
            n_batch=self.n_batch,
            n_threads=n_threads,
            weights_of=self,
        )

    @property
    def version(self) -> str:
        return self._llama_cpp_version

    # -- vocabulary -----------------------------------------------------------------------
    def tokenize(self, text: str) -> list[int]:
        """Token ids of `text`, special tokens (`<|im_start|>`) parsed as such, no BOS added
        (a chat template writes its own)."""
        data = text.encode("utf-8")
        size = len(data) + 16
        buf = (self.C.llama_token * size)()
        n = self.C.llama_tokenize(self.vocab, data, len(data), buf, size, False, True)
        if n < 0:  # cannot happen with one slot per byte, but the API says so
            size = -n
            buf = (self.C.llama_token * size)()
            n = self.C.llama_tokenize(self.vocab, data, len(data), buf, size, False, True)
        return [int(t) for t in buf[:n]]

    def piece(self, token: int) -> bytes:
        """A token's bytes; control tokens (`<|im_end|>`) have none, as a decode that skips
        special tokens has."""
        n = self.C.llama_token_to_piece(self.vocab, token, self._piece, 256, 0, False)
        if n < 0:
            big = ctypes.create_string_buffer(-n)
            n = self.C.llama_token_to_piece(self.vocab, token, big, -n, 0, False)
            return big.raw[:n]
        return self._piece.raw[:n]

    def detokenize(self, ids: Sequence[int]) -> str:
        return b"".join(self.piece(int(t)) for t in ids).decode("utf-8", errors="replace")

    def token_text(self, token: int) -> str:
        raw = self.C.llama_vocab_get_text(self.vocab, token)
        return raw.decode("utf-8", errors="replace") if raw else ""

    def end_tokens(self) -> frozenset[int]:
        """The end-of-sequence ids a transformers config names for these weights: the
        vocabulary's eos and eot (Qwen's `<|endoftext|>` and `<|im_end|>`)."""
        ids = {int(self.C.llama_vocab_eos(self.vocab)), int(self.C.llama_vocab_eot(self.vocab))}
        return frozenset(i for i in ids if 0 <= i < self.n_vocab)

    def metadata(self, key: str) -> str | None:
        buf = ctypes.create_string_buffer(1 << 16)
        n = self.C.llama_model_meta_val_str(self.model, key.encode(), buf, len(buf))
        if n < 0:
            return None
        if n >= len(buf):
            buf = ctypes.create_string_buffer(n + 1)
            self.C.llama_model_meta_val_str(self.model, key.encode(), buf, len(buf))
        return buf.value.decode("utf-8", errors="replace")

    # -- the attention cache ----------------------------------------------------------------
    def forget(self, seq: int, start: int = 0) -> None:
        """Drop positions `start..` of a sequence (all of it by default). A no-op once the
        context is closed (a search's continuer may be collected after its context)."""
        if self.ctx is None:
            return
        self.C.llama_memory_seq_rm(self.memory, seq, start, -1)

    def share(self, src: int, dst: int, length: int) -> None:
        """Make `dst` hold `src`'s positions 0..length-1 (shared cells: no copy, no compute).
        `dst` is emptied first."""
        self.C.llama_memory_seq_rm(self.memory, dst, 0, -1)
        if length > 0:
            self.C.llama_memory_seq_cp(self.memory, src, dst, 0, length)

    def clear(self) -> None:
        self.C.llama_memory_clear(self.memory, True)

    # -- decoding -------------------------------------------------------------------------------
    def decode(self, slots: Sequence[Slot]) -> list[np.ndarray]:
        """Run the model on `slots` (any mix of sequences), in chunks of `n_batch`; the
        logits of each slot that asked for them, in order, as float32 arrays."""
        out: list[np.ndarray] = []
        C, batch = self.C, self._batch
        for lo in range(0, len(slots), self.n_batch):
            chunk = slots[lo : lo + self.n_batch]
            batch.n_tokens = len(chunk)
            for i, s in enumerate(chunk):
                batch.token[i] = s.token
                batch.pos[i] = s.pos
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = s.seq
                batch.logits[i] = s.logits
            rc = C.llama_decode(self.ctx, batch)
            if rc != 0:
                why = "the attention cache is full" if rc == 1 else f"error {rc}"
                raise ModelError(f"llama.cpp could not decode a batch of {len(chunk)}: {why}")
            self.decode_calls += 1
            self.decoded_tokens += len(chunk)
            for i, s in enumerate(chunk):
                if s.logits:
                    ptr = C.llama_get_logits_ith(self.ctx, i)
                    out.append(np.ctypeslib.as_array(ptr, shape=(self.n_vocab,)).copy())
        return out

    def extend(self, seq: int, tokens: Sequence[int], start: int, all_logits: bool = False) -> Any:
        """Compute `tokens` at positions start.. of `seq`; the logits after the last one (or
        after every one, as an array of rows, with `all_logits`)."""
        if not tokens:
            raise ValueError("nothing to compute")
        last = len(tokens) - 1
        slots = [
            Slot(int(t), seq, start + k, all_logits or k == last) for k, t in enumerate(tokens)
        ]
        if not all_logits:
            return self.decode(slots)[-1]
        # Every position's logits: in small chunks, since llama.cpp holds a chunk's logits
        # at once (n_vocab floats each: 0.6 MB a position for Qwen's 152k tokens).
        rows = [r for lo in range(0, len(slots), 64) for r in self.decode(slots[lo : lo + 64])]
        return np.stack(rows)
