"""A worker: one long-lived fork server (`harness.py`) in one sandbox, restarted whenever
it dies, hangs, is stopped by a program, answers out of turn or asks to be retired.
Parent side."""

from __future__ import annotations

import contextlib
import functools
import itertools
import json
import os
import secrets
import select
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

from workbench.execution.cgroups import WorkerGroup, hierarchy
from workbench.execution.sandbox import (
    SAFE_ENV,
    Isolation,
    Limits,
    SandboxUnavailable,
    bwrap_command,
    drop_privileges,
    shm_bytes,
)
from workbench.execution.seccomp_filter import program_filter

# The fork server, as one source for `python -c` (see harness.py), in dependency order.
BUNDLE = ("codec.py", "processes.py", "box.py", "child.py", "harness.py")
# A reply is a few JSON numbers and strings per test plus captured output (capped per
# test by `Limits.output_bytes`); anything far longer is not a reply of ours.
REPLY_SLACK = 1 << 20
_GROUP_NUMBERS = itertools.count()
OPEN_FILES = 128  # per process of a program: bounds pipe and socket buffers it can hold


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

    def __init__(self, iso: Isolation, limits: Limits, index: int, box: bool | None = None) -> None:
        self.iso, self.limits, self.index = iso, limits, index
        # A fresh box per program unless turned off (to measure what it costs, or where
        # the wipe is to be tested): WORKBENCH_SANDBOX_BOX=0.
        self.box = box if box is not None else os.environ.get("WORKBENCH_SANDBOX_BOX") != "0"
        self.proc: subprocess.Popen[bytes] | None = None
        self.scratch: str | None = None
        self.buffer = bytearray()
        self.server_pid: int | None = None
        self.server_limits: str | None = None
        self.hello: dict[str, Any] = {}
        self.group: WorkerGroup | None = None
        self.group_error = ""

    def start(self) -> None:
        bpf, _ = program_filter()
        config: dict[str, Any] = {
            "scratch": "/tmp",
            "processes": self.limits.processes,
            "wipe": ["/dev/shm"] if self.iso.mode == "bwrap" else [],
            "pdeathsig": self.iso.mode != "bwrap",
            "box": {
                "namespaces": self.box,
                "scratch_bytes": self.limits.scratch_mb * 2**20,
                "shm_bytes": shm_bytes(self.limits),
                "seccomp": bpf.hex() if bpf else "",
                "open_files": OPEN_FILES,
            },
        }
        drop = drop_privileges(self.iso, self.index)
        cmd = [self.iso.python, "-I", "-S", "-B", "-c", harness_source()]
        if self.iso.mode == "bwrap":
            cmd, cwd, env = bwrap_command(self.iso, self.limits, cmd), None, None
        else:
            self.scratch = tempfile.mkdtemp(prefix="workbench-sandbox-")
            if drop:
                os.chown(self.scratch, drop["user"], drop["group"])
            config["scratch"] = self.scratch
            cwd, env = self.scratch, dict(SAFE_ENV, TMPDIR=self.scratch, HOME=self.scratch)
            if not drop:  # same uid as the user: bound processes relative to what runs now
                config["processes"] = _own_process_count() + self.limits.processes
        found, _ = hierarchy()
        if found is not None and self.group is None:
            try:
                self.group = WorkerGroup(
                    found,
                    f"workbench-{os.getpid()}-{next(_GROUP_NUMBERS)}",
                    memory_bytes=group_memory_bytes(self.limits),
                    processes=self.limits.processes + 16,
                )
            except OSError as exc:
                self.group_error = f"no control group: {exc}"
        if self.group is not None:  # joined as root, then down to the worker's uid
            config["box"]["memory_group"] = True
            cmd, drop = self.group.wrap([*cmd, json.dumps(config)], drop.get("user")), {}
        else:
            cmd = [*cmd, json.dumps(config)]
        self.proc = subprocess.Popen(
            cmd,
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
        self.server_limits = None
        line = self._read_line(time.monotonic() + 60)
        try:
            hello = json.loads(line) if line is not None else None
        except ValueError:
            hello = None
        if not isinstance(hello, dict) or not hello.get("ready"):
            self.close()
            raise SandboxUnavailable(f"the {self.iso.mode} sandbox did not start")
        self.hello = hello
        self.server_limits = self._read_server_limits()

    def run(self, job: dict[str, Any]) -> dict[str, Any]:
        """Send one job, wait for its reply; a worker that dies or hangs is replaced. A
        server that was dead before the job reached it, or whose answer is not this job's
        (its nonce differs: something wrote to the pipe), is replaced and the job sent
        once more, so that no program's verdict depends on what ran before it."""
        reply = self._attempt(job)
        if reply is None:
            reply = self._attempt(job)
        return reply or {"error": "the sandbox answered out of turn twice (restarted)"}

    def _attempt(self, job: dict[str, Any]) -> dict[str, Any] | None:
        # Changed since the last job (by it, or by anything else): the program before
        # keeps its results, this one runs on a new server.
        if self.proc is not None and self._read_server_limits() != self.server_limits:
            self.close()
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        assert self.proc is not None and self.proc.stdin is not None
        budget = (len(job["tests"]) + 1) * (self.limits.timeout_s + 0.5) + 10
        nonce = secrets.token_hex(16)
        job = dict(job, nonce=nonce)
        cap = REPLY_SLACK + len(job["tests"]) * (self.limits.output_bytes * 2 + 8192)
        ooms = self.group.oom_kills() if self.group is not None else 0
        try:
            self.proc.stdin.write(json.dumps(job).encode() + b"\n")
            self.proc.stdin.flush()
        except OSError:
            self.close()
            return None
        line = self._read_line(time.monotonic() + budget, cap)
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
        if not isinstance(reply, dict) or reply.get("nonce") != nonce or self.buffer:
            # Not the answer to this job, or more than one answer: whatever wrote it, the
            # pipe can no longer be trusted to pair replies with jobs.
            self.close()
            return None
        if self.group is not None and self.group.oom_kills() > ooms:
            _mark_oom_kills(reply)
        if reply.get("retire"):
            self.close()  # this program's results stand; the next one gets a new server
        return reply

    def _read_server_limits(self) -> str | None:
        """The fork server's resource limits as the host sees them: a program that
        changed them would change them for every later program."""
        if self.proc is None:
            return None
        if self.server_pid is None:
            self.server_pid = _find_python(self.proc.pid)
        try:
            return Path(f"/proc/{self.server_pid}/limits").read_text()
        except OSError:
            return None

    def _read_line(self, deadline: float, cap: int = REPLY_SLACK) -> bytes | None:
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self.buffer:
            if len(self.buffer) > cap:
                return None
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

    def release(self) -> None:
        """Closed for good: its control groups go too."""
        self.close()
        if self.group is not None:
            self.group.remove()
            self.group = None


def group_memory_bytes(limits: Limits) -> int:
    """A worker's whole memory: one program at its address-space limit, its full /tmp and
    /dev/shm, and the server's own (about 30 MB) with room to spare."""
    return (limits.memory_mb + limits.scratch_mb + 96) * 2**20 + shm_bytes(limits)


def _mark_oom_kills(reply: dict[str, Any]) -> None:
    """The group's out-of-memory killer fired during this job. The tests whose program
    died of SIGKILL before its deadline died of it; if none did, the kernel killed another
    process of the program (a child it forked), and the group cannot say in which test:
    then every test of the job is marked, as a judge that bounds a submission's memory
    as a whole would (never a pass for a program that went over)."""
    results = [r for r in reply.get("results") or () if isinstance(r, dict)]
    killed = [r for r in results if r.get("signal") == 9 and not r.get("timed_out")]
    for result in killed or results:
        result["oom_killed"] = True


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


# What the rules that turn a program's run into verdicts are: runs graded under other rules
# (before exact integer grading and the per-program box) are not reused for new studies.
VERDICT_RULES = 2


@functools.cache
def sandbox_facts() -> dict[str, Any]:
    """What stands between a program and everything else on this machine, as a run's
    config records it: found by starting one worker, once per process."""
    from workbench.execution.sandbox import detect_isolation

    iso = detect_isolation()
    worker = Worker(iso, Limits(), 63)
    try:
        worker.start()
        hello = dict(worker.hello)
    finally:
        worker.release()
    _, seccomp_missing = program_filter()
    group, no_group = hierarchy()
    return {
        "mode": iso.mode,
        "mode_reason": iso.reason or None,
        "server_is_pid_1": bool(hello.get("pid1")),
        "fresh_box_per_program": bool(hello.get("box")),
        "box_refused": hello.get("box_error") or None,
        "seccomp": bool(hello.get("seccomp")),
        "seccomp_missing": seccomp_missing or None,
        "memory": f"cgroup v{group.version} per worker + RLIMIT_AS per process"
        if group
        else f"RLIMIT_AS per process only ({no_group})",
        "verdict_rules": VERDICT_RULES,
    }
