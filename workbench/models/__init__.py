"""Models: one protocol (`base.Model`), three kinds, chosen by a spec string.

embedded[:0.5b|:1.5b]   the embedded Qwen2.5-Coder model (default: 0.5b)
gguf:PATH               any GGUF file llama.cpp runs
hf:PATH_OR_ID           any Hugging Face causal LM, local folder or hub id
openai:NAME             any OpenAI-compatible endpoint (OPENAI_BASE_URL, OPENAI_API_KEY)

Local models decode on llama.cpp or transformers: `engine` (auto, llama, torch) chooses,
`engines.resolve` says how.
"""

from __future__ import annotations

from typing import Any

from workbench.models.base import (
    Capabilities,
    ContextLengthError,
    Generation,
    Model,
    ModelCapabilityError,
    ModelError,
    ModelInfo,
    Request,
)

DEFAULT_MODEL = "embedded"

__all__ = [
    "DEFAULT_MODEL",
    "Capabilities",
    "ContextLengthError",
    "Generation",
    "Model",
    "ModelCapabilityError",
    "ModelError",
    "ModelInfo",
    "Request",
    "load_model",
]

_loaded: dict[tuple[str, tuple[tuple[str, Any], ...]], Model] = {}


def load_model(spec: str = DEFAULT_MODEL, **options: Any) -> Model:
    """The model a spec names, loaded once per process and options.

    options: engine, batch_size, dtype (local models); base_url, api_key, timeout,
    max_retries, context_length (endpoints). Options that are None are ignored."""
    from workbench.models.engines import resolve

    options = {k: v for k, v in options.items() if v is not None}
    engine = resolve(spec, options.pop("engine", None))
    if engine is not None:
        options["engine"] = engine
    key = (spec, tuple(sorted(options.items())))
    if key not in _loaded:
        _loaded[key] = _load(spec, options)
    return _loaded[key]


def _load(spec: str, options: dict[str, Any]) -> Model:
    kind, _, rest = spec.partition(":")
    if options.get("engine") == "llama":
        from workbench.models.llama_load import load_embedded_llama, load_gguf

        size = int(options.get("batch_size", 16))
        if kind == "gguf" and rest:
            return load_gguf(rest, size)
        return load_embedded_llama(rest or "0.5b", size)
    if kind == "embedded":
        from workbench.models.local import load_embedded

        return load_embedded(rest or "0.5b", **_local(options))
    if kind == "hf" and rest:
        from workbench.models.local import load_hf

        return load_hf(rest, **_local(options))
    if kind == "openai" and rest:
        from workbench.models.openai import OpenAIModel

        allowed = ("base_url", "api_key", "timeout", "max_retries", "context_length")
        return OpenAIModel(rest, **{k: v for k, v in options.items() if k in allowed})
    raise ModelError(
        f"unknown model {spec!r}: use embedded, embedded:1.5b, gguf:PATH, hf:PATH_OR_ID or "
        "openai:NAME"
    )


def _local(options: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in options.items() if k in ("batch_size", "dtype")}
