"""Our own corpora: `corpora/<name>/problems.jsonl`, one problem per line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from workbench.problems import Problem


def load(
    card: dict[str, Any], root: Path, location: str | None = None, split: str | None = None
) -> list[Problem]:
    from workbench.corpus import read_problems_jsonl

    path = Path(location) if location else root / card["source"].get("path", "problems.jsonl")
    return read_problems_jsonl(path)
