"""Sandboxed execution of programs on tests. Knows nothing of models.

Parent side: `executor.py` (pool, `run_tests`), `sandbox.py` (isolation modes, limits),
`worker.py` (one sandboxed fork server), `grading.py` and `calltests.py` (verdicts).
Sandbox side, bundled into one source: `codec.py` (value wire format, used by both
sides), `processes.py`, `child.py`, `harness.py` (the fork server).
"""

from workbench.execution.executor import Executor, default_executor, run_tests
from workbench.execution.sandbox import (
    Isolation,
    Limits,
    SandboxUnavailable,
    SandboxWarning,
    detect_isolation,
)

__all__ = [
    "Executor",
    "Isolation",
    "Limits",
    "SandboxUnavailable",
    "SandboxWarning",
    "default_executor",
    "detect_isolation",
    "run_tests",
]
