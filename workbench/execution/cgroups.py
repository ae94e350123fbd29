"""One control group per worker: a memory bound that counts everything (parent side).

`RLIMIT_AS` bounds one process's address space; it does not see page cache, tmpfs pages,
pipe and socket buffers, or the sum over the 32 processes a program may fork. A memory
cgroup does: every page charged to the worker's programs, whatever holds it. A pids
cgroup bounds their processes as a whole. Both are made where this machine lets us
(as root, with a writable cgroup v1 memory hierarchy or a cgroup v2 tree whose
controllers we may enable), and said so in the run's config; elsewhere the workbench
runs with the per-process limits alone.

The worker is moved in before it starts anything: a root shell writes its own pid into
the groups, then `setpriv` drops to the worker's uid and execs the sandbox.
"""

from __future__ import annotations

import contextlib
import functools
import os
import shlex
import shutil
from dataclasses import dataclass
from pathlib import Path

ROOT = Path("/sys/fs/cgroup")


@dataclass(frozen=True)
class Hierarchy:
    version: int  # 1 or 2
    memory: Path  # the folder our groups go under (v1: memory; v2: the one tree)
    pids: Path | None  # v1 only: the pids hierarchy's folder


@functools.cache
def hierarchy() -> tuple[Hierarchy | None, str]:
    """Where worker groups can be made, or (None, why not)."""
    if os.geteuid() != 0:
        return None, "not root: per-process limits only"
    if not shutil.which("setpriv"):
        return None, "setpriv (util-linux) is missing"
    own = _own_groups()
    v1_memory = ROOT / "memory" / own.get("memory", "/").lstrip("/")
    if (v1_memory / "memory.limit_in_bytes").exists():
        v1_pids = ROOT / "pids" / own.get("pids", "/").lstrip("/")
        found = Hierarchy(1, v1_memory, v1_pids if (v1_pids / "pids.max").exists() or
                          (v1_pids / "cgroup.procs").exists() else None)  # fmt: skip
        return _usable(found)
    v2 = ROOT / own.get("", "/").lstrip("/")
    controllers = (v2 / "cgroup.subtree_control").read_text().split() if v2.exists() else []
    if "memory" in controllers:
        return _usable(Hierarchy(2, v2, None))
    return None, "no writable memory controller (cgroup v1 memory, or v2 with memory delegated)"


def _own_groups() -> dict[str, str]:
    """controller -> this process's group path ('' for the v2 tree)."""
    groups: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/cgroup").read_text().splitlines():
            _, controllers, path = line.split(":", 2)
            for name in controllers.split(","):
                groups[name] = path
    return groups


def _usable(h: Hierarchy) -> tuple[Hierarchy | None, str]:
    probe = h.memory / f"workbench-probe-{os.getpid()}"
    try:
        probe.mkdir()
        probe.rmdir()
    except OSError as exc:
        return None, f"cannot make a group under {h.memory}: {exc.strerror}"
    return h, ""


class WorkerGroup:
    """The groups of one worker: limits set, the worker moved in by `wrap`."""

    def __init__(self, h: Hierarchy, name: str, memory_bytes: int, processes: int) -> None:
        self.h = h
        self.dirs = [h.memory / name] + ([h.pids / name] if h.pids else [])
        for d in self.dirs:
            d.mkdir(exist_ok=True)
        if h.version == 1:
            swap = self.dirs[0] / "memory.memsw.limit_in_bytes"
            with contextlib.suppress(OSError):  # memory + swap may never be below memory
                swap.write_text("-1")
            (self.dirs[0] / "memory.limit_in_bytes").write_text(str(memory_bytes))
            with contextlib.suppress(OSError):  # only where swap accounting is on
                swap.write_text(str(memory_bytes))
            if h.pids:
                (self.dirs[1] / "pids.max").write_text(str(processes))
        else:
            (self.dirs[0] / "memory.max").write_text(str(memory_bytes))
            with contextlib.suppress(OSError):
                (self.dirs[0] / "memory.swap.max").write_text("0")
            with contextlib.suppress(OSError):
                (self.dirs[0] / "pids.max").write_text(str(processes))

    def wrap(self, argv: list[str], uid: int | None) -> list[str]:
        """A command that joins the groups, drops to `uid` and execs `argv`."""
        joins = " && ".join(f"echo $$ > {shlex.quote(str(d / 'cgroup.procs'))}" for d in self.dirs)
        drop = ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups"] if uid else []
        return ["/bin/sh", "-c", joins + ' && exec "$@"', "sh", *drop, *argv]

    def oom_kills(self) -> int:
        """How many processes the kernel killed for the group's memory so far."""
        name = "memory.oom_control" if self.h.version == 1 else "memory.events"
        try:
            for line in (self.dirs[0] / name).read_text().splitlines():
                key, _, value = line.partition(" ")
                if key == "oom_kill":
                    return int(value)
        except (OSError, ValueError):
            pass
        return 0

    def remove(self) -> None:
        for d in self.dirs:
            with contextlib.suppress(OSError):
                d.rmdir()
