"""Search algorithms over a model's outputs: one file each, one registry line each.

A search is a dataclass whose `param(...)` fields are its parameters (see `registry.py`);
it talks to the run through one `Ledger` (see `base.py`), so search never imports
execution. To add one: write the class, then add it to `SEARCHES` below.
"""

from __future__ import annotations

from workbench.search.base import Candidate, CandidateKey, Ledger, MemoryLedger, Search, Task
from workbench.search.beam import BeamSearch
from workbench.search.mcts import MCTSSearch
from workbench.search.registry import (
    SEARCHES,
    Param,
    SearchParamError,
    complete_params,
    make_search,
    param,
    parameters,
    parse_assignments,
    parse_value,
    recorded_params,
)
from workbench.search.sample import SampleSearch

SEARCHES.add("sample", SampleSearch)
SEARCHES.add("beam", BeamSearch)
SEARCHES.add("mcts", MCTSSearch)

__all__ = [
    "SEARCHES",
    "BeamSearch",
    "Candidate",
    "CandidateKey",
    "Ledger",
    "MCTSSearch",
    "MemoryLedger",
    "Param",
    "SampleSearch",
    "Search",
    "SearchParamError",
    "Task",
    "complete_params",
    "make_search",
    "param",
    "parameters",
    "parse_assignments",
    "parse_value",
    "recorded_params",
]
