"""Search algorithms over a model's outputs, one file each, registered by name.

The reward is a plain callable (see `base.Evaluate`), so search never imports execution.
"""

from __future__ import annotations

from typing import Any

from workbench.search.base import Candidate, CandidateKey, Evaluate, Hooks, Refuse, Search, Task
from workbench.search.beam import BeamSearch
from workbench.search.mcts import MCTSSearch
from workbench.search.sample import SampleSearch

SEARCHES: dict[str, type] = {"sample": SampleSearch, "beam": BeamSearch, "mcts": MCTSSearch}

__all__ = [
    "SEARCHES",
    "BeamSearch",
    "Candidate",
    "CandidateKey",
    "Evaluate",
    "Hooks",
    "MCTSSearch",
    "Refuse",
    "SampleSearch",
    "Search",
    "Task",
    "make_search",
]


def make_search(name: str, params: dict[str, Any]) -> Search:
    """The search `name` with the parameters a run's config records."""
    try:
        cls = SEARCHES[name]
    except KeyError:
        raise ValueError(f"unknown search {name!r}; choose one of: {', '.join(SEARCHES)}") from None
    search: Search = cls(**params)
    return search
