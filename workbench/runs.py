"""The immutable run store: `runs/<timestamp>-<hash>/` with config.json and trials.jsonl.

A run's folder is made once, with its complete config; it is never overwritten.
trials.jsonl is append-only, one JSON line per candidate program (or per refused prompt),
each written with a single `write` on an O_APPEND descriptor and flushed, so a killed run
leaves at most one torn final line, which readers ignore and a resume cuts off.
Loaded as tidy pandas frames: one row per trial, or one row per (trial, test).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from workbench.problems import canonical_json
from workbench.trials import Trial

if TYPE_CHECKING:
    from workbench.configs import RunConfig
from workbench.errors import WorkbenchError

CONFIG = "config.json"
TRIALS = "trials.jsonl"
TREES = "trees"
SCHEMA = 1


class RunError(WorkbenchError, ValueError):
    """A run cannot be found, made or read: the message names it and the fix."""


def runs_dir(override: str | Path | None = None) -> Path:
    """`--runs-dir`, else `$WORKBENCH_RUNS`, else `runs/` in the working directory."""
    if override:
        return Path(override)
    return Path(os.environ.get("WORKBENCH_RUNS") or "runs")


def new_folder(base: Path, digest: str) -> Path:
    """A new folder `<base>/<UTC time>-<digest[:8]>` (with `-N` where that exists): runs,
    comparisons and studies are never written into an existing folder."""
    base.mkdir(parents=True, exist_ok=True)
    stem = time.strftime("%Y%m%d-%H%M%S", time.gmtime()) + "-" + digest[:8]
    for n in range(1000):
        path = base / (stem if n == 0 else f"{stem}-{n}")
        try:
            path.mkdir()
        except FileExistsError:
            continue
        return path
    raise RunError(f"cannot make a new folder under {base}")


def config_hash(config: dict[str, Any]) -> str:
    """sha256 of what the run does (its config without the creation time)."""
    what = {k: v for k, v in config.items() if k != "created"}
    return hashlib.sha256(canonical_json(what).encode()).hexdigest()


@dataclass
class Run:
    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def config(self) -> dict[str, Any]:
        try:
            cfg: dict[str, Any] = json.loads((self.path / CONFIG).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RunError(f"{self.path / CONFIG} cannot be read: {exc}") from None
        return cfg

    @property
    def run_config(self) -> RunConfig:
        """The config, typed."""
        from workbench.configs import RunConfig

        try:
            return RunConfig.from_json(self.config)
        except (KeyError, TypeError, ValueError) as exc:  # a key missing, a value malformed
            raise RunError(f"{self.path / CONFIG} is not a run's config: {exc!r}") from None

    # -- writing -------------------------------------------------------------------
    @classmethod
    def create(cls, config: dict[str, Any], where: str | Path | None = None) -> Run:
        """A new run folder named `<UTC timestamp>-<config hash[:8]>`; never reuses one."""
        base = runs_dir(where)
        base.mkdir(parents=True, exist_ok=True)
        config = {"schema": SCHEMA, **config}
        config.setdefault("created", time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        path = new_folder(base, config_hash(config))
        text = json.dumps(config, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
        with (path / CONFIG).open("x", encoding="utf-8") as f:
            f.write(text)
        (path / TRIALS).touch()
        return cls(path)

    def append(self, record: dict[str, Any]) -> None:
        """Append one trial line: one write call, flushed to the file at once."""
        line = (json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n").encode()
        fd = os.open(self.path / TRIALS, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)

    def repair(self) -> int:
        """Cut a torn final line (a run killed mid-write) before appending again; returns
        the bytes removed. Complete lines are never touched."""
        path = self.path / TRIALS
        data = path.read_bytes() if path.exists() else b""
        if not data or data.endswith(b"\n"):
            return 0
        keep = data.rfind(b"\n") + 1
        with path.open("r+b") as f:
            f.truncate(keep)
        return len(data) - keep

    def tree_file(self, problem: str, variant: str, template: str) -> Path:
        """`trees/<problem>__<variant>__<template>.json` ('/' in an id becomes '_')."""
        stem = "__".join(x.replace("/", "_") for x in (problem, variant, template))
        return self.path / TREES / f"{stem}.json"

    def save_tree(self, problem: str, variant: str, template: str, tree: dict[str, Any]) -> Path:
        """Write a search tree (atomically: a killed write leaves no half file, and a task
        with a tree is one a resume need not redo)."""
        path = self.tree_file(problem, variant, template)
        path.parent.mkdir(exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}")
        tmp.write_text(json.dumps(tree, ensure_ascii=False) + "\n", encoding="utf-8")
        os.replace(tmp, path)
        return path

    # -- reading ---------------------------------------------------------------------
    def trials(self) -> list[dict[str, Any]]:
        return list(self.iter_trials())

    def iter_trials(self) -> Iterator[dict[str, Any]]:
        path = self.path / TRIALS
        try:
            # Bytes, decoded line by line: a torn last line may end inside a UTF-8 character.
            data = path.read_bytes()
        except OSError as exc:
            raise RunError(f"{path} cannot be read: {exc.strerror}") from None
        lines = data.split(b"\n")
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line.decode("utf-8"))
            except ValueError:  # UnicodeDecodeError included
                if n == len(lines):  # the torn last line of a killed run
                    return
                raise RunError(f"{path}:{n}: not a JSON line") from None

    def frame(self, tests: bool = False) -> Any:
        """Trials as a pandas DataFrame: one row per trial, or per (trial, test)."""
        import pandas as pd

        rows = []
        for i, t in enumerate(self.iter_trials()):
            base = {k: v for k, v in t.items() if k != "outcomes"}
            base["trial"] = i
            if not tests:
                rows.append(base)
                continue
            for o in t.get("outcomes") or []:
                rows.append(
                    {**base, **{f"test_{k}" if k != "outcome" else k: v for k, v in o.items()}}
                )
        return pd.DataFrame(rows)

    def typed_trials(self) -> list[Trial]:
        """The trials as typed values (`workbench.trials.Trial`), in file order."""
        out = []
        for n, d in enumerate(self.iter_trials(), 1):
            try:
                out.append(Trial.from_json(d))
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                raise RunError(f"{self.path / TRIALS}: trial {n} is not a trial: {exc!r}") from None
        return out


def open_run(name_or_path: str, where: str | Path | None = None) -> Run:
    """A run by folder path, by name under the runs folder, or by a unique name prefix."""
    direct = Path(name_or_path)
    if (direct / CONFIG).exists():
        return Run(direct)
    base = runs_dir(where)
    if (base / name_or_path / CONFIG).exists():
        return Run(base / name_or_path)
    matches = [p for p in list_runs(where) if p.name.startswith(name_or_path)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        names = ", ".join(r.name for r in matches[:5])
        raise RunError(f"run {name_or_path!r} is ambiguous in {base}: {names}")
    raise RunError(f"no run {name_or_path!r} in {base} (see `workbench runs`)")


def _age(run: Run) -> tuple[str, int, str]:
    """Oldest first: by the name's timestamp, then by the -N suffix a same-second run gets."""
    parts = run.name.split("-")
    suffix = int(parts[3]) if len(parts) > 3 and parts[3].isdigit() else 0
    return ("-".join(parts[:2]), suffix, run.name)


def list_runs(where: str | Path | None = None) -> list[Run]:
    base = runs_dir(where)
    with contextlib.suppress(OSError):
        return sorted((Run(p) for p in base.iterdir() if (p / CONFIG).is_file()), key=_age)
    return []
