"""Sandboxed execution of programs on tests. Knows nothing of models.

Parent side: `executor.py` (pool, `run_tests`), `sandbox.py` (isolation modes, limits),
`worker.py` (one sandboxed fork server, its nonces and checks), `seccomp_filter.py` (the
filter every program runs under), `cgroups.py` (a memory group per worker),
`grading.py`, `calltests.py`, `callplan.py`, `values.py`, `mutation.py` and `prelude.py`
(verdicts).
Sandbox side, bundled into one source: `codec.py` (value wire format, used by both
sides), `processes.py`, `box.py` (a fresh box per program), `child.py`, `harness.py`
(the fork server).
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
