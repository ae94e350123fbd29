"""Parent side of the sandbox: how programs are isolated, and warm workers to run them.

Two modes. `bwrap` (bubblewrap, unprivileged: a user namespace with every capability
dropped): no network, a read-only view of the interpreter only, a size-capped tmpfs as
the only writable place, a private pid namespace, an empty environment. `fallback`
(bubblewrap missing or unusable): resource limits, a scrubbed environment, a new
session and a scratch directory, run as an unused uid when we are root; it warns on
every run. In both, each worker runs as its own uid when we are root, so a fork bomb
meets RLIMIT_NPROC (ignored for root) and cannot starve the other workers.

A worker (`worker.py`) is one long-lived fork server (`harness.py`) in one sandbox; a
program costs a fork (into a fresh box of its own, `box.py`), not an interpreter start.
On top of either mode: the seccomp filter (`seccomp_filter.py`) and, as root, a memory
control group per worker (`cgroups.py`); `worker.sandbox_facts` says what is in force.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import warnings
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal

from workbench.errors import WorkbenchError

SAFE_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONIOENCODING": "utf-8",
    "HOME": "/tmp",
    "TMPDIR": "/tmp",
}


class SandboxWarning(UserWarning):
    """The sandbox runs in its weaker fallback mode."""


class SandboxUnavailable(WorkbenchError, RuntimeError):
    """No sandbox could be started at all."""


@dataclass(frozen=True)
class Limits:
    """Per-test limits. `timeout_s` is wall-clock per test (CPU time is capped too)."""

    timeout_s: float = 3.0
    memory_mb: int = 1024
    output_bytes: int = 1_000_000
    file_bytes: int = 16 * 2**20
    processes: int = 32
    scratch_mb: int = 64

    def wire(self) -> dict[str, Any]:
        d = asdict(self)
        d["timeout"] = d.pop("timeout_s")
        return d


@dataclass(frozen=True)
class Isolation:
    mode: Literal["bwrap", "fallback"]
    python: str
    python_prefixes: tuple[str, ...]
    separate_uids: bool
    reason: str = ""


def _world_reachable(path: str) -> bool:
    """Can an arbitrary uid traverse to and execute `path`?"""
    p = Path(path)
    try:
        if not p.stat().st_mode & 0o001:
            return False
        return all(parent.stat().st_mode & 0o001 for parent in p.parents)
    except OSError:
        return False


def _probe_python(python: str) -> tuple[str, ...] | None:
    try:
        out = subprocess.run(
            [
                python,
                "-I",
                "-S",
                "-c",
                "import sys; print(sys.prefix); print(sys.exec_prefix); "
                "print(sys.version_info >= (3, 8))",
            ],
            capture_output=True,
            text=True,
            timeout=20,
            env=SAFE_ENV,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    lines = out.stdout.split()
    if out.returncode != 0 or len(lines) != 3 or lines[2] != "True":
        return None
    return tuple(dict.fromkeys(lines[:2]))


def _python_candidates() -> list[str]:
    import sys

    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    base = getattr(sys, "_base_executable", None) or sys.executable
    names = [
        os.environ.get("WORKBENCH_SANDBOX_PYTHON"),
        os.path.realpath(base),
        f"/usr/bin/{version}",
        f"/usr/local/bin/{version}",
        "/usr/bin/python3",
    ]
    return [n for n in dict.fromkeys(names) if n]


@functools.cache
def detect_isolation() -> Isolation:
    """Pick the sandbox mode and the interpreter programs run under (once per process)."""
    separate_uids = os.geteuid() == 0
    forced = os.environ.get("WORKBENCH_SANDBOX", "").strip().lower()
    python: str = ""
    prefixes: tuple[str, ...] = ()
    for candidate in _python_candidates():
        if separate_uids and not _world_reachable(candidate):
            continue  # e.g. a pyenv under /root: the sandbox uid cannot run it
        found = _probe_python(candidate)
        if found:
            python, prefixes = candidate, found
            break
    if not python:
        raise SandboxUnavailable(
            "no Python interpreter that the sandbox can run: set WORKBENCH_SANDBOX_PYTHON to "
            "a python3 (3.8+) that every user can execute"
        )
    bwrap = shutil.which("bwrap")
    if forced == "fallback":
        return Isolation("fallback", python, prefixes, separate_uids, "WORKBENCH_SANDBOX=fallback")
    if not bwrap:
        return Isolation(
            "fallback",
            python,
            prefixes,
            separate_uids,
            "bubblewrap is not installed: apt-get install bubblewrap",
        )
    iso = Isolation("bwrap", python, prefixes, separate_uids)
    problem = _try_bwrap(iso)
    if problem:
        if forced == "bwrap":
            raise SandboxUnavailable(f"WORKBENCH_SANDBOX=bwrap but bubblewrap fails: {problem}")
        return Isolation(
            "fallback",
            python,
            prefixes,
            separate_uids,
            f"bubblewrap is installed but does not work here: {problem}",
        )
    return iso


def _try_bwrap(iso: Isolation) -> str:
    cmd = bwrap_command(iso, Limits(), [iso.python, "-I", "-S", "-c", "print('ok')"])
    try:
        out = subprocess.run(
            cmd, capture_output=True, text=True, timeout=30, **drop_privileges(iso, 0)
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return str(exc)
    if out.stdout.strip() != "ok":
        return (out.stderr.strip().splitlines() or [f"exit code {out.returncode}"])[-1]
    return ""


def bwrap_command(iso: Isolation, limits: Limits, argv: list[str]) -> list[str]:
    cmd = [
        "bwrap",
        "--unshare-user",
        "--unshare-pid",
        # The fork server is pid 1 of the box: no bubblewrap process inside to trace.
        "--as-pid-1",
        "--unshare-net",
        "--unshare-ipc",
        "--unshare-uts",
        "--unshare-cgroup-try",
        "--cap-drop",
        "ALL",
        "--die-with-parent",
        "--new-session",
        "--clearenv",
    ]
    for key, value in SAFE_ENV.items():
        cmd += ["--setenv", key, value]
    cmd += ["--ro-bind", "/usr", "/usr"]
    for top in ("/bin", "/lib", "/lib64", "/lib32", "/sbin"):
        if os.path.islink(top):
            cmd += ["--symlink", os.readlink(top), top]
        elif os.path.isdir(top):
            cmd += ["--ro-bind", top, top]
    for prefix in iso.python_prefixes:
        if not prefix.startswith("/usr/") and prefix != "/usr":
            cmd += ["--ro-bind", prefix, prefix]
    # Writable: a size-capped /tmp and /dev/shm (POSIX semaphores need it), nothing else:
    # bwrap's own root and /dev are tmpfs mounts of half the host's memory, so remount them
    # read-only once everything is in place.
    cmd += ["--dev", "/dev", "--size", str(shm_bytes(limits)), "--tmpfs", "/dev/shm",
            "--remount-ro", "/dev", "--proc", "/proc",
            "--size", str(limits.scratch_mb * 2**20), "--tmpfs", "/tmp",
            "--remount-ro", "/", "--chdir", "/tmp"]  # fmt: skip
    return cmd + argv


def shm_bytes(limits: Limits) -> int:
    return max(8, limits.scratch_mb // 4) * 2**20


def worker_uid(index: int) -> int:
    """The uid (and gid) worker `index` of this process runs its programs as: one per
    worker, distinct across concurrent workbench processes, so no two boxes share one."""
    base = int(os.environ.get("WORKBENCH_SANDBOX_UID", "1500000000"))
    return base + (os.getpid() % 100_000) * 64 + index % 64


def drop_privileges(iso: Isolation, index: int) -> dict[str, Any]:
    if not iso.separate_uids:
        return {}
    uid = worker_uid(index)
    return {"user": uid, "group": uid, "extra_groups": []}


def warn_if_weak(iso: Isolation) -> None:
    if iso.mode == "fallback":
        warnings.warn(
            f"sandbox in fallback mode ({iso.reason}): programs are NOT cut off from the "
            "network or from files their uid can read; install bubblewrap for full isolation",
            SandboxWarning,
            stacklevel=3,
        )
