"""Local causal LMs through transformers/torch: the embedded default and any `hf:` model.

Sampling goes through our own batched decoding loop with refill (`decoding.py`, which
says why it is not `model.generate`); this module adds prompts, tokens, stop strings,
the token-level calls, loading, and beam search (HF's).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import torch

from workbench.models import embedded
from workbench.models.base import (
    STOP_WINDOW,
    Capabilities,
    ContextLengthError,
    Generation,
    ModelError,
    ModelInfo,
    Request,
    truncate_at_stop,
)
from workbench.models.decoding import decode


class LocalModel:
    """A transformers causal LM on the CPU (or whatever device torch gives it)."""

    capabilities = Capabilities(token_level=True, beam=True, logprobs=True)
    engine_name = "torch"

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        id: str,
        weights_hash: str | None,
        batch_size: int = 16,
        extra: dict[str, Any] | None = None,
        dtype: str = "auto",
    ) -> None:
        self.dtype = choose_dtype(dtype)
        self.model = model.to(self.dtype).eval()
        self.tokenizer = tokenizer
        self.id = id
        self.weights_hash = weights_hash
        self.batch_size = max(1, batch_size)
        self.extra = dict(extra or {})
        cfg = model.config
        self.context_length = int(getattr(cfg, "max_position_embeddings", 0) or 2048)
        eos = model.generation_config.eos_token_id
        eos_ids = set(eos if isinstance(eos, list) else [eos] if eos is not None else [])
        if tokenizer.eos_token_id is not None:
            eos_ids.add(tokenizer.eos_token_id)
        self._eos = frozenset(int(e) for e in eos_ids)
        pad = tokenizer.pad_token_id
        self.pad_id = int(pad if pad is not None else min(self._eos, default=0))

    # -- prompts and tokens --------------------------------------------------------
    @property
    def eos_token_ids(self) -> frozenset[int]:
        return self._eos

    def prompt_text(self, request: Request) -> str:
        if isinstance(request.prompt, str):
            return request.prompt + request.prefill
        if not getattr(self.tokenizer, "chat_template", None):
            raise ModelError(
                f"{self.id} has no chat template, so it cannot take chat prompts; "
                "use a completion template (--template completion)"
            )
        text = self.tokenizer.apply_chat_template(
            request.prompt, tokenize=False, add_generation_prompt=True
        )
        return str(text) + request.prefill

    def encode(self, request: Request) -> list[int]:
        ids = self.tokenizer(self.prompt_text(request), add_special_tokens=False).input_ids
        return [int(i) for i in ids]

    def decode(self, ids: Sequence[int]) -> str:
        return str(self.tokenizer.decode(list(ids), skip_special_tokens=True))

    def count_tokens(self, request: Request) -> int:
        return len(self.encode(request))

    def info(self) -> ModelInfo:
        params = sum(p.numel() for p in self.model.parameters())
        extra = {
            "parameters": params,
            "dtype": str(self.dtype).removeprefix("torch."),
            **self.extra,
        }
        return ModelInfo(self.id, self.weights_hash, self.context_length, extra)

    # -- token level -----------------------------------------------------------------
    def continuer(self, reuse_kv: bool = True, keep: int = 6) -> Any:
        """Next-token distributions and rollouts from token prefixes (tree search)."""
        from workbench.models.continuation import Continuer

        return Continuer(self, reuse_kv=reuse_kv, keep=keep)

    @torch.inference_mode()
    def _logits(self, ids: Sequence[int]) -> torch.Tensor:
        return self.model(torch.tensor([list(ids)])).logits[0].float()

    def next_token_topk(self, ids: Sequence[int], k: int) -> list[tuple[int, float]]:
        probs = torch.softmax(self._logits(ids)[-1], dim=-1)
        top = torch.topk(probs, k)
        return [(int(i), float(p)) for p, i in zip(top.values, top.indices, strict=True)]

    def score(self, ids: Sequence[int], start: int) -> list[float]:
        if not 0 < start <= len(ids):
            raise ValueError(f"start {start} outside 1..{len(ids)}")
        logp = torch.log_softmax(self._logits(ids)[:-1], dim=-1)
        target = torch.tensor(list(ids[1:]))
        picked = logp.gather(1, target[:, None])[:, 0]
        return [float(x) for x in picked[start - 1 :]]

    # -- sampling --------------------------------------------------------------------
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
        for r, ids in zip(requests, prompts, strict=True):
            self._check_fits(r, len(ids), max_new_tokens)
        greedy = temperature <= 0
        # Greedy samples of one prompt are all the same: compute each once.
        rows = [(i, j) for i in range(len(prompts)) for j in range(1 if greedy else n)]
        t0 = time.perf_counter()
        stop = tuple(stop)
        decoded = decode(
            self.model,
            [prompts[i] for i, _ in rows],
            [row_seed(request_seed(requests[i], seed), prompts[i], j) for i, j in rows],
            temperature,
            [min(max_new_tokens, self.context_length - len(prompts[i])) for i, _ in rows],
            self.batch_size,
            self.pad_id,
            lambda tokens: tokens[-1] in self._eos or self._hit_stop(tokens, stop),
        )
        done = {
            key: self._finish(
                row.tokens, row.logprob, stop, row.reason or "length", t0, row.seconds
            )
            for key, row in zip(rows, decoded, strict=True)
        }
        return [[done[(i, 0 if greedy else j)] for j in range(n)] for i in range(len(prompts))]

    def _check_fits(self, request: Request, prompt_tokens: int, max_new_tokens: int) -> None:
        if prompt_tokens + min(max_new_tokens, 1) > self.context_length:
            raise ContextLengthError(
                f"the prompt has {prompt_tokens} tokens; {self.id} takes {self.context_length}"
            )

    def _hit_stop(self, tokens: list[int], stop: tuple[str, ...]) -> bool:
        if not stop:
            return False
        tail = self.tokenizer.decode(tokens[-STOP_WINDOW:], skip_special_tokens=True)
        return any(s in tail for s in stop)

    def _finish(
        self,
        tokens: list[int],
        logp: float,
        stop: tuple[str, ...],
        reason: str,
        t0: float,
        seconds: float | None = None,
    ) -> Generation:
        text, _ = truncate_at_stop(self.decode(tokens), stop)
        return Generation(
            text=text,
            tokens=len(tokens),
            finish_reason=reason,
            logprob=logp,
            token_ids=tuple(tokens),
            seconds=seconds if seconds is not None else time.perf_counter() - t0,
        )

    # -- beam search -------------------------------------------------------------------
    @torch.inference_mode()
    def beam(
        self, request: Request, num_beams: int, max_new_tokens: int = 512, stop: Sequence[str] = ()
    ) -> list[Generation]:
        t0 = time.perf_counter()
        prompt = self.encode(request)
        self._check_fits(request, len(prompt), max_new_tokens)
        kwargs: dict[str, Any] = {}
        if stop:
            kwargs.update(stop_strings=list(stop), tokenizer=self.tokenizer)
        res = self.model.generate(
            torch.tensor([prompt]),
            attention_mask=torch.ones((1, len(prompt)), dtype=torch.long),
            num_beams=num_beams,
            num_return_sequences=num_beams,
            do_sample=False,
            max_new_tokens=min(max_new_tokens, self.context_length - len(prompt)),
            early_stopping=True,
            pad_token_id=self.pad_id,
            return_dict_in_generate=True,
            output_scores=True,
            **kwargs,
        )
        seconds = time.perf_counter() - t0
        gens = []
        for seq in res.sequences:
            new = [int(t) for t in seq[len(prompt) :]]
            # A beam that ended early is padded after its end of sequence, and the pad may
            # itself be an eos id (Qwen's <|endoftext|>): cut at the first eos.
            end = next((k for k, t in enumerate(new) if t in self._eos), None)
            if end is not None:
                new = new[: end + 1]
            while new and new[-1] == self.pad_id and self.pad_id not in self._eos:
                new.pop()
            ended = bool(new) and new[-1] in self._eos
            tokens = new[:-1] if ended else new
            text, hit = truncate_at_stop(self.decode(tokens), stop)
            # Like generate's: every generated token's log-probability, the eos included.
            lp = sum(self.score(prompt + new, len(prompt))) if new else 0.0
            reason = "stop" if ended or hit else "length"
            gens.append(Generation(text, len(new), reason, lp, tuple(new), seconds))
        return sorted(gens, key=lambda g: -(g.logprob or 0.0))


def request_seed(request: Request, seed: int | None) -> int | None:
    return request.seed if request.seed is not None else seed


def row_seed(seed: int | None, prompt: list[int], j: int) -> int:
    """A sample's own seed: from the run seed, the prompt and the sample index only."""
    h = hashlib.sha256(f"{seed}|{j}|".encode() + bytes(str(prompt), "ascii"))
    return int.from_bytes(h.digest()[:8], "little") & ((1 << 63) - 1)


def choose_dtype(name: str) -> torch.dtype:
    """float32, bfloat16, or auto: bfloat16 where the CPU multiplies it natively (AVX512-BF16
    or AMX; `benchmarks/decode_step.py` measured 1.9x the tokens/s of float32 at batch 16),
    else float32."""
    if name in ("float32", "fp32"):
        return torch.float32
    if name in ("bfloat16", "bf16"):
        return torch.bfloat16
    if name != "auto":
        raise ModelError(f"unknown dtype {name!r}: use auto, float32 or bfloat16")
    try:
        flags = Path("/proc/cpuinfo").read_text()
    except OSError:
        return torch.float32
    return torch.bfloat16 if ("avx512_bf16" in flags or "amx_bf16" in flags) else torch.float32


def _quiet_transformers() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()


def load_hf(path_or_id: str, batch_size: int = 16, dtype: str = "auto") -> LocalModel:
    """Any causal LM by local folder or hub id (the hub needs network access)."""
    _quiet_transformers()
    from transformers import AutoModelForCausalLM, AutoTokenizer

    local = Path(path_or_id).expanduser()
    try:
        tok = AutoTokenizer.from_pretrained(str(local) if local.exists() else path_or_id)
        model = AutoModelForCausalLM.from_pretrained(
            str(local) if local.exists() else path_or_id, dtype=torch.float32
        )
    except (OSError, ValueError) as exc:
        where = "folder" if local.exists() else "hub id (no such local folder either)"
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ModelError(f"cannot load hf:{path_or_id} as a {where}: {first}") from None
    digest = _weights_hash(local) if local.is_dir() else None
    return LocalModel(model, tok, f"hf:{path_or_id}", digest, batch_size, dtype=dtype)


def _weights_hash(folder: Path) -> str:
    h = hashlib.sha256()
    for f in sorted(folder.glob("*")):
        if f.suffix in (".safetensors", ".bin", ".gguf", ".json") and f.is_file():
            h.update(f.name.encode())
            h.update(embedded.sha256_file(f).encode())
    return h.hexdigest()


def load_embedded(
    name: str = embedded.DEFAULT, batch_size: int = 16, dtype: str = "auto"
) -> LocalModel:
    """The embedded model: verified GGUF, loaded once, then from its safetensors copy."""
    _quiet_transformers()
    from transformers import AutoModelForCausalLM, AutoTokenizer

    spec = embedded.spec_for(name)
    t0 = time.perf_counter()
    gguf = embedded.assemble(spec)
    dense = gguf.path.parent / "dequantized"
    stamp = dense / "source.sha256"
    source = "safetensors"
    if not (stamp.exists() and stamp.read_text().strip() == spec.sha256):
        source = "gguf"
        tok = AutoTokenizer.from_pretrained(str(gguf.path.parent), gguf_file=gguf.path.name)
        model = AutoModelForCausalLM.from_pretrained(
            str(gguf.path.parent), gguf_file=gguf.path.name, dtype=torch.float32
        )
        _save_dequantized(model, tok, dense, spec.sha256)
    else:
        tok = AutoTokenizer.from_pretrained(str(dense))
        model = AutoModelForCausalLM.from_pretrained(str(dense), dtype=torch.float32)
    extra = {
        "title": spec.title,
        "gguf": str(gguf.path),
        "dequantized": str(dense),
        "loaded_from": source,
        "load_seconds": round(time.perf_counter() - t0, 2),
    }
    return LocalModel(
        model, tok, f"embedded:{spec.name}", spec.sha256, batch_size, extra, dtype=dtype
    )


def _save_dequantized(model: Any, tok: Any, dense: Path, sha: str) -> None:
    """Save the dequantized weights for fast later loads (atomically: a killed save leaves
    no half folder behind, just a GGUF load next time)."""
    tmp = dense.with_name(f".{dense.name}.{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    # transformers refuses to save a model it loaded from GGUF; its weights are plain
    # float tensors by now, so the GGUF quantizer's marks can go.
    model.hf_quantizer = None
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    model.is_quantized = False
    try:
        model.save_pretrained(str(tmp))
        tok.save_pretrained(str(tmp))
        (tmp / "source.sha256").write_text(sha + "\n")
        shutil.rmtree(dense, ignore_errors=True)
        os.replace(tmp, dense)
    except OSError as exc:
        raise ModelError(f"cannot write the model cache {dense}: {exc.strerror}") from None
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
