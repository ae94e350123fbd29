"""Raw records of a `datasets` data set, from a local copy or the Hugging Face hub.

`load_records(location, split)` is the one place the hub adapters (`apps`,
`codecontests`) touch `datasets`: LOCATION is a local file (.jsonl/.json/.parquet),
a folder written by `save_to_disk`, a folder of data files, or a hub id. Every failure
a user can cause ends in one `CorpusError` line naming the location and the fix.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from workbench.corpus import CorpusError

_FILE_BUILDERS = {".jsonl": "json", ".json": "json", ".parquet": "parquet"}
_TRUE = {"1", "ON", "YES", "TRUE"}


def load_records(
    location: str, split: str | None, *, corpus: str = "NAME", suffix: str = ".jsonl"
) -> list[dict[str, Any]]:
    """The rows of LOCATION (split SPLIT where the source has splits) as plain dicts.

    A single file is one split already, so SPLIT does not select anything there.
    `corpus` and `suffix` only shape the local copy an error message suggests.
    """
    path = Path(location).expanduser()
    if path.exists():
        return _load_local(path, split)
    if location.startswith(("/", ".", "~")) or path.suffix in _FILE_BUILDERS:
        raise CorpusError(f"no such file or folder: {location}")
    return _load_hub(location, split, corpus, suffix)


def _load_local(path: Path, split: str | None) -> list[dict[str, Any]]:
    import datasets  # slow to import: only when a hub-style corpus is asked for

    try:
        if path.is_file():
            builder = _FILE_BUILDERS.get(path.suffix)
            if builder is None:
                raise CorpusError(
                    f"{path}: unknown file type (give a .jsonl, .json or "
                    ".parquet file, or a folder)"
                )
            ds = datasets.load_dataset(builder, data_files=str(path), split="train")
        elif (path / "dataset_dict.json").is_file() or (path / "state.json").is_file():
            ds = _pick_split(datasets.load_from_disk(str(path)), split, str(path))
        else:
            ds = _pick_split(datasets.load_dataset(str(path)), split, str(path))
    except CorpusError:
        raise
    except Exception as exc:  # datasets raises many kinds (arrow, json, generation errors)
        raise CorpusError(f"could not read {path}: {_short(exc)}") from None
    return list(ds.to_list())


def _pick_split(ds: Any, split: str | None, where: str) -> Any:
    """One split of a DatasetDict (the only one when SPLIT is not given); a Dataset as is."""
    import datasets

    if not isinstance(ds, datasets.DatasetDict | datasets.IterableDatasetDict):
        return ds
    names = list(ds.keys())
    if split is None and len(names) == 1:
        return ds[names[0]]
    if split not in ds:
        wanted = f"no split {split!r}" if split else "several splits"
        raise CorpusError(
            f"{where}: {wanted}; available splits: {', '.join(names) or 'none'} "
            f"(pick one with @SPLIT)"
        )
    return ds[split]


def _load_hub(hub_id: str, split: str | None, corpus: str, suffix: str) -> list[dict[str, Any]]:
    import datasets

    what = f"{hub_id!r} (split {split})" if split else repr(hub_id)
    fix = f"Give a local copy: --corpus {corpus}:/path/to/{split or 'test'}{suffix}"
    unreachable = None if _offline_env() else _hub_unreachable()
    if unreachable:  # fail at once rather than through ~25 s of retries
        raise CorpusError(
            f"could not load {what}: the Hugging Face hub is unreachable "
            f"({unreachable}). {fix} (or set HF_HUB_OFFLINE=1 to use the hub cache)"
        )
    try:
        with _offline_mode_from_env():
            ds = _pick_split(datasets.load_dataset(hub_id, split=split), split, hub_id)
    except CorpusError:
        raise
    except ValueError as exc:  # e.g. "Unknown split": the hub answered, the name is wrong
        raise CorpusError(
            f"could not load {what} from the Hugging Face hub: {_short(exc)}"
        ) from None
    except Exception as exc:  # ConnectionError, DatasetNotFoundError, HTTP errors, ...
        # Offline, huggingface_hub retries each request with back-off (about 25 s in all,
        # not configurable); HF_HUB_OFFLINE=1 makes it fail at once (or use the hub cache).
        cache_only = "" if _offline_env() else " (or set HF_HUB_OFFLINE=1 to use the hub cache)"
        raise CorpusError(
            f"could not load {what} from the Hugging Face hub: {_short(exc)}. Offline? "
            f"{fix}{cache_only}"
        ) from None
    return list(ds.to_list())


def _hub_unreachable(timeout: float = 3.0) -> str | None:
    """Why the hub's host cannot be reached (name lookup or TCP connect), else None."""
    import socket
    from urllib.parse import urlparse

    url = urlparse(os.environ.get("HF_ENDPOINT", "https://huggingface.co"))
    host, port = (
        url.hostname or "huggingface.co",
        url.port or (443 if url.scheme == "https" else 80),
    )
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return None
    except OSError as exc:
        return f"{host}: {exc.strerror or exc}"


@contextlib.contextmanager
def _offline_mode_from_env() -> Iterator[None]:
    """Honour HF_HUB_OFFLINE / HF_DATASETS_OFFLINE as set now, not only at import.

    `datasets.config` and `huggingface_hub.constants` read them once, when first
    imported; a process that sets them later (a test, a notebook) would otherwise still
    wait through the network retries. Only ever switches offline mode on, and only for
    the duration of the call.
    """
    if not _offline_env():
        yield
        return
    import datasets.config
    import huggingface_hub.constants

    saved = [
        (m, a, getattr(m, a))
        for m, a in (
            (datasets.config, "HF_HUB_OFFLINE"),
            (datasets.config, "HF_DATASETS_OFFLINE"),
            (huggingface_hub.constants, "HF_HUB_OFFLINE"),
        )
        if hasattr(m, a)
    ]
    for module, attr, _ in saved:
        setattr(module, attr, True)
    try:
        yield
    finally:
        for module, attr, value in saved:
            setattr(module, attr, value)


def _offline_env() -> bool:
    names = ("HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")
    return any(os.environ.get(v, "").upper() in _TRUE for v in names)


def _short(exc: BaseException) -> str:
    """The first line of an exception's message, bounded, for a one-line error."""
    lines = str(exc).strip().splitlines()
    text = lines[0].rstrip(". ") if lines else type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "..."
