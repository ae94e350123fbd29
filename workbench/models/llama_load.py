"""Loading GGUF models onto llama.cpp: the embedded models' verified files and any
`gguf:PATH` (`llama_model.LlamaModel` is what they load into)."""

from __future__ import annotations

import time

from workbench.models.base import ModelError
from workbench.models.llama_engine import LlamaEngine
from workbench.models.llama_model import LlamaModel


def load_embedded_llama(name: str, batch_size: int = 16) -> LlamaModel:
    """The embedded model's verified GGUF, on llama.cpp (no dequantized copy needed)."""
    from workbench.models import embedded

    spec = embedded.spec_for(name)
    t0 = time.perf_counter()
    gguf = embedded.assemble(spec)
    engine = LlamaEngine(gguf.path)
    extra = {
        "title": spec.title,
        "gguf": str(gguf.path),
        "load_seconds": round(time.perf_counter() - t0, 2),
    }
    return LlamaModel(engine, f"embedded:{spec.name}", spec.sha256, batch_size, extra)


def load_gguf(path: str, batch_size: int = 16) -> LlamaModel:
    """Any GGUF file llama.cpp can run, by path; its sha256 is the weights' identity."""
    from pathlib import Path

    from workbench.models.embedded import cache_dir, sha256_file

    file = Path(path).expanduser()
    if not file.is_file():
        raise ModelError(f"gguf:{path}: no such file")
    with file.open("rb") as f:
        if f.read(4) != b"GGUF":
            raise ModelError(f"gguf:{path}: not a GGUF file")
    t0 = time.perf_counter()
    st = file.stat()
    # Hashing a multi-GB file takes seconds: remember the hash per (path, size, mtime).
    memo = cache_dir() / "gguf-hashes" / hashlib_name(str(file.resolve()))
    known = memo.read_text().split() if memo.exists() else []
    if known[:2] == [str(st.st_size), str(st.st_mtime_ns)] and len(known) == 3:
        digest = known[2]
    else:
        digest = sha256_file(file)
        memo.parent.mkdir(parents=True, exist_ok=True)
        memo.write_text(f"{st.st_size} {st.st_mtime_ns} {digest}\n")
    engine = LlamaEngine(file)
    extra = {"gguf": str(file), "load_seconds": round(time.perf_counter() - t0, 2)}
    return LlamaModel(engine, f"gguf:{path}", digest, batch_size, extra)


def hashlib_name(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode()).hexdigest()[:32]
