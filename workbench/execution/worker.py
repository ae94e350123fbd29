"""A worker: one long-lived fork server (`harness.py`) in one sandbox, restarted whenever
it dies, hangs or is stopped by a program. Parent side."""

from __future__ import annotations

import contextlib
import functools
import json
import os
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from workbench.execution.sandbox import (
    SAFE_ENV,
    Isolation,
    Limits,
    SandboxUnavailable,
    _bwrap_command,
    _drop_privileges,
)

# The fork server, as one source for `python -c` (see harness.py), in dependency order.
BUNDLE = ("codec.py", "processes.py", "child.py", "harness.py")


@functools.cache
def harness_source() -> str:
    """The sandbox-side modules as one program; their imports of one another (lines
    marked `# bundled`) dropped, since in one source they share one namespace."""
    here = Path(__file__).parent
    parts = []
    for name in BUNDLE:
        lines = (here / name).read_text().splitlines()
        parts.append("\n".join(ln for ln in lines if not ln.rstrip().endswith("# bundled")))
    return "\n\n".join(parts) + "\n"


class Worker:
    """One fork server in one sandbox; restarted whenever it dies or hangs."""

    def __init__(self, iso: Isolation, limits: Limits, index: int) -> None:
        self.iso, self.limits, self.index = iso, limits, index
        self.proc: subprocess.Popen[bytes] | None = None
        self.scratch: str | None = None
        self.buffer = bytearray()
        self.server_pid: int | None = None

    def start(self) -> None:
        config: dict[str, Any] = {
            "scratch": "/tmp",
            "processes": self.limits.processes,
            "wipe": ["/dev/shm"] if self.iso.mode == "bwrap" else [],
            "pdeathsig": self.iso.mode != "bwrap",
        }
        drop = _drop_privileges(self.iso, self.index)
        cmd = [self.iso.python, "-I", "-S", "-B", "-c", harness_source()]
        if self.iso.mode == "bwrap":
            cmd, cwd, env = _bwrap_command(self.iso, self.limits, cmd), None, None
        else:
            self.scratch = tempfile.mkdtemp(prefix="workbench-sandbox-")
            if drop:
                os.chown(self.scratch, drop["user"], drop["group"])
            config["scratch"] = self.scratch
            cwd, env = self.scratch, dict(SAFE_ENV, TMPDIR=self.scratch, HOME=self.scratch)
            if not drop:  # same uid as the user: bound processes relative to what runs now
                config["processes"] = _own_process_count() + self.limits.processes
        self.proc = subprocess.Popen(
            [*cmd, json.dumps(config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=cwd,
            env=env if env is not None else {},
            start_new_session=True,
            **drop,
        )
        self.buffer = bytearray()
        self.server_pid = None
        hello = self._read_line(time.monotonic() + 60)
        if hello is None:
            self.close()
            raise SandboxUnavailable(f"the {self.iso.mode} sandbox did not start")

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Send one job, wait for its reply; a worker that dies or hangs is replaced."""
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        budget = (len(job["tests"]) + 1) * (self.limits.timeout_s + 0.5) + 10
        try:
            self.proc.stdin.write(json.dumps(job).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError:
            self.close()
            return {"error": "the sandbox died before the program started (restarted)"}
        line = self._read_line(time.monotonic() + budget)
        if line is None:
            self.close()
            return {
                "error": "the sandbox died while running this program (restarted); "
                "a program that kills its own sandbox ends here"
            }
        try:
            reply = json.loads(line)
        except (ValueError, RecursionError):
            self.close()
            return {"error": "the sandbox sent an unreadable reply (restarted)"}
        return reply if isinstance(reply, dict) else {"error": "malformed reply"}

    def _read_line(self, deadline: float) -> bytes | None:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return None
            if not select.select([fd], [], [], min(remaining, 0.25))[0]:
                if self._server_stopped():  # SIGSTOPped by a program (same uid): give up now
                    return None
                continue
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                return None
            self.buffer += chunk
        end = self.buffer.index(b"\n")
        line = bytes(self.buffer[:end])
        del self.buffer[: end + 1]
        return line

    def _server_stopped(self) -> bool:
        """Is the fork server stopped (a program can send it SIGSTOP)? Found below the
        bubblewrap processes, on the host's /proc, once per start."""
        if self.proc is None:
            return False
        if self.server_pid is None:
            self.server_pid = _find_python(self.proc.pid)
        if self.server_pid is None:
            return False
        try:
            stat = Path(f"/proc/{self.server_pid}/stat").read_text()
        except OSError:
            return False
        return stat.rsplit(")", 1)[1].split()[0] in ("T", "t")

    def close(self) -> None:
        if self.proc is not None:
            with contextlib.suppress(OSError):
                os.killpg(self.proc.pid, 9)
            self.proc.kill()
            self.proc.wait()
            for pipe in (self.proc.stdin, self.proc.stdout):
                if pipe is not None:
                    pipe.close()
            self.proc = None
        if self.scratch:
            shutil.rmtree(self.scratch, ignore_errors=True)
            self.scratch = None


def _find_python(root: int, depth: int = 3) -> int | None:
    """The first process named python* at or below `root` (bwrap -> bwrap -> server)."""
    frontier = [root]
    for _ in range(depth + 1):
        found: list[int] = []
        for pid in frontier:
            try:
                if Path(f"/proc/{pid}/comm").read_text().startswith("python"):
                    return pid
                for task in os.listdir(f"/proc/{pid}/task"):
                    found += map(int, Path(f"/proc/{pid}/task/{task}/children").read_text().split())
            except OSError:
                continue
        frontier = found
    return None


def _own_process_count() -> int:
    uid = os.getuid()
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.stat(f"/proc/{name}").st_uid == uid:
                    count += 1
            except OSError:
                continue
    return count
