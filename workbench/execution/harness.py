"""Child side of the sandbox: a fork server that runs untrusted programs.

This runs *inside* the sandbox, started as `python -I -S -c <source>`, where the source
is `codec.py`, `processes.py`, `child.py` and this file bundled into one (lines marked
`# bundled` dropped), so all four use the standard library only and Python 3.8+.

Protocol: one JSON job per line on fd 0, one JSON reply per line on fd 1. The server
never grades anything: it reports what happened (exit status, output, the values the
program's function returned) and the parent decides. Expected outputs never come here.

Per program the server forks children; each child sets its own resource limits, runs
in a fresh scratch directory and is killed, with everything it spawned, at its
deadline. The server is a child subreaper and not dumpable, so orphans come back to it
and children cannot read its file descriptors through /proc.
"""

import builtins
import json
import os
import resource
import select
import signal
import stat
import sys
import time

from workbench.execution.child import Quitter, call_main, limit_child, stdio_main  # bundled
from workbench.execution.codec import decode  # bundled
from workbench.execution.processes import (  # bundled
    kill_descendants,  # bundled
    memfd,  # bundled
    remove_tree,  # bundled
    set_subreaper_and_undumpable,  # bundled
    wipe,  # bundled
)  # bundled

PRELOAD = (
    "typing",
    "collections",
    "itertools",
    "functools",
    "heapq",
    "bisect",
    "string",
    "copy",
    "operator",
    "re",
)


class Server:
    def __init__(self, config):
        self.config = config
        self.code_cache = {}
        self.dying = set()
        self.scratch = os.path.join(config["scratch"], "run")
        os.mkdir(self.scratch, 0o700)
        self.scratch_inode = os.lstat(self.scratch).st_ino
        os.chdir(self.scratch)  # inherited by every child; wiped after each
        self.cmd_in = os.fdopen(os.dup(0), "rb")
        self.cmd_out = os.fdopen(os.dup(1), "wb")
        devnull = os.open(os.devnull, os.O_RDWR)
        os.dup2(devnull, 0)
        os.dup2(devnull, 1)
        os.close(devnull)
        set_subreaper_and_undumpable()  # also loads libc once, for every child
        nproc = config.get("processes")
        if nproc:
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def serve(self):
        import gc

        # `-S` leaves out exit() and quit(); programs use them.
        builtins.exit = builtins.quit = Quitter()  # type: ignore
        for name in PRELOAD:  # imported once here instead of in every forked child
            try:
                __import__(name)
            except Exception:
                pass
        gc.freeze()  # fewer copy-on-write faults in every forked child
        self.send({"ready": True, "python": sys.version.split()[0], "uid": os.getuid()})
        for line in self.cmd_in:
            try:
                job = json.loads(line)
                reply = self.run_job(job)
            except Exception as exc:  # a bug here must not kill the worker
                reply = {"error": "%s: %s" % (type(exc).__name__, exc)}
            self.send(reply)

    def send(self, obj):
        self.cmd_out.write(json.dumps(obj).encode() + b"\n")
        self.cmd_out.flush()

    def run_job(self, job):
        limits = job["limits"]
        try:
            code = compile(job["program"], "<program>", "exec", dont_inherit=True)
        except (SyntaxError, ValueError, OverflowError, RecursionError, MemoryError) as exc:
            detail = "%s: %s" % (type(exc).__name__, exc)
            return {"results": [{"status": "syntax_error", "detail": detail}] * len(job["tests"])}
        if job["io"] == "stdio":
            results = [self.run_stdio(code, t["input"], limits) for t in job["tests"]]
        else:
            results = self.run_calls(code, job, limits)
        return {"results": results}

    # -- one child process

    def spawn(self, target, stdin_data, limits, call_mode=False):
        """Fork one child: stdin from a memfd, stdout/stderr/results into pipes."""
        stdin_fd = memfd(stdin_data)
        out_r, out_w = os.pipe()
        err_r, err_w = os.pipe()
        res_r, res_w = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: limits, then the program
            try:
                os.setpgid(0, 0)
                for src, dst in ((stdin_fd, 0), (out_w, 1), (err_w, 2), (res_w, 4)):
                    os.dup2(src, dst)
                os.closerange(3, 4)  # the server's command pipe
                os.closerange(5, 65536)
                limit_child(limits, call_mode, self.config.get("pdeathsig", True))
                target()
            finally:
                os._exit(70)
        for fd in (stdin_fd, out_w, err_w, res_w):
            os.close(fd)
        return Child(pid, out_r, err_r, res_r, limits)

    def run_stdio(self, code, stdin_data, limits):
        child = self.spawn(lambda: stdio_main(code), stdin_data, limits)
        try:
            child.wait_exit(time.monotonic() + limits["timeout"])
            return child.report(keep_stdout=True)
        finally:
            self.cleanup(child)

    def run_calls(self, code, job, limits):
        """One child runs the tests in order and reports each; each test has its own
        deadline. A child that dies, hangs or floods is replaced for the tests after."""
        results = []
        try:
            prelude = self.compiled(job.get("prelude") or "", "<prelude>")
            pending = [self.prepare(i, t) for i, t in enumerate(job["tests"])]
        except Exception as exc:  # the problem's own code: not the program's fault
            detail = "the problem's test code fails: %s: %s" % (type(exc).__name__, exc)
            return [{"status": "sandbox_error", "detail": detail}] * len(job["tests"])
        while pending:
            child_limits = dict(limits, tests=len(pending) + 1)
            target = _bind(call_main, code, job["entry_point"], prelude, list(pending))
            child = self.spawn(target, "", child_limits, True)
            try:
                frame = child.read_frame(time.monotonic() + limits["timeout"])
                if frame is None or not frame.startswith('{"ready"'):
                    # Loading the program failed (or hung): every remaining test shares it.
                    rep = child.report(frame=frame, phase="load")
                    results.extend([rep] * len(pending))
                    return results
                while pending:
                    pending.pop(0)
                    start = time.monotonic()
                    frame = child.read_frame(start + limits["timeout"])
                    if frame is None:
                        results.append(child.report(phase="test", seconds=time.monotonic() - start))
                        break
                    results.append(
                        {"status": "ok", "frame": frame, "seconds": time.monotonic() - start}
                    )
            finally:
                self.cleanup(child)
        return results

    def compiled(self, source, name):
        """Test code compiled once per server: every program of a problem reuses it."""
        key = (source, name)
        if key not in self.code_cache:
            if len(self.code_cache) > 4096:
                self.code_cache.clear()
            self.code_cache[key] = compile(source, name, "exec", dont_inherit=True)
        return self.code_cache[key]

    def prepare(self, index, test):
        spec = {"i": index, "seed": test["seed"]}
        if "code" in test:
            spec["code_obj"] = self.compiled(test["code"], "<test>")
        else:
            spec["args_obj"] = decode(test["args"])
            spec["kwargs_obj"] = decode(test["kwargs"])
        return spec

    def cleanup(self, child):
        """Nothing of a child survives it: no process, no file, no open pipe. The child
        itself is SIGKILLed but reaped later, so its teardown overlaps the next job."""
        child.close()
        if child.status is None:
            try:
                os.killpg(child.pid, signal.SIGKILL)
            except OSError:
                pass
            self.dying.add(child.pid)
        kill_descendants(self.dying)
        for pid in list(self.dying):
            try:
                if os.waitpid(pid, os.WNOHANG)[0]:
                    self.dying.discard(pid)
            except ChildProcessError:
                self.dying.discard(pid)
        # The scratch directory, and anything a program left beside it (it may chdir out).
        wipe(self.config["scratch"], keep=self.scratch)
        wipe(self.scratch)
        for directory in self.config.get("wipe", ()):
            wipe(directory, mode=0o1777)
        self.reset_scratch()

    def reset_scratch(self):
        """The next child starts in an empty private directory, whatever the last one
        did to it (removed it, replaced it with a link, took its permissions)."""
        try:
            st = os.lstat(self.scratch)
            intact = stat.S_ISDIR(st.st_mode) and st.st_ino == self.scratch_inode
        except OSError:
            intact = False
        if not intact:
            try:
                os.unlink(self.scratch)
            except OSError:
                remove_tree(self.scratch)
            os.mkdir(self.scratch, 0o700)
            self.scratch_inode = os.lstat(self.scratch).st_ino
        os.chmod(self.scratch, 0o700)
        os.chdir(self.scratch)


def _bind(function, *args):
    return lambda: function(*args)


class Child:
    """Parent-side handle (within the server) of one forked child."""

    def __init__(self, pid, out_r, err_r, res_r, limits):
        self.pid, self.limits = pid, limits
        self.out_r, self.err_r, self.res_r = out_r, err_r, res_r
        self.stdout, self.stderr, self.res = bytearray(), bytearray(), bytearray()
        self.open = {out_r: self.stdout, err_r: self.stderr, res_r: self.res}
        self.total = {}
        self.status = None  # waitpid status once reaped
        self.timed_out = self.flooded = False
        self.start = time.monotonic()

    def _pump(self, deadline):
        """Read whatever is ready; False once the deadline passed or output overflowed."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            self.timed_out = True
            return False
        if not self.open:
            time.sleep(min(remaining, 0.001))
            return True
        ready = select.select(list(self.open), [], [], min(remaining, 0.02))[0]
        for fd in ready:
            data = os.read(fd, 65536)
            if not data:
                del self.open[fd]
            elif not self._take(fd, data):
                return False
        return True

    def _take(self, fd, data):
        """Keep stdout and results up to the cap, stderr's tail; False on a flood."""
        self.total[fd] = self.total.get(fd, 0) + len(data)
        buf = self.open[fd]
        buf += data
        if fd == self.err_r:
            del buf[: max(0, len(buf) - 8192)]
        if self.total[fd] > self.limits["output_bytes"]:
            self.flooded = True
            return False
        return True

    def _reap(self, block=False):
        if self.status is None:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
            if pid:
                self.status = status
        return self.status is not None

    def wait_exit(self, deadline):
        while not self._reap():
            if not self._pump(deadline):
                break
        self._drain()
        self.kill()

    def read_frame(self, deadline):
        """The next line the child writes on its result pipe, or None if it died,
        hung past the deadline or flooded its output."""
        while b"\n" not in self.res:
            if self.res_r not in self.open or self._reap():
                self._drain()
                if b"\n" in self.res:
                    break
                self.kill()
                return None
            if not self._pump(deadline):
                self.kill()
                return None
        line, _, rest = bytes(self.res).partition(b"\n")
        self.res[:] = rest
        return line.decode("utf-8", "replace")

    def _drain(self):
        """After the child exited: what is left in the pipes (orphans may hold them open)."""
        for fd in list(self.open):
            os.set_blocking(fd, False)
            try:
                while True:
                    data = os.read(fd, 65536)
                    if not data:
                        del self.open[fd]
                        break
                    if not self._take(fd, data):
                        return
            except BlockingIOError:
                pass

    def kill(self):
        if self.status is None:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
            self._reap(block=True)

    def report(self, keep_stdout=False, frame=None, phase=None, seconds=None):
        self.kill()
        status = self.status or 0
        rep = {
            "status": "exited",
            "exit_code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            "signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            "timed_out": self.timed_out,
            "output_limit": self.flooded,
            "stderr": bytes(self.stderr[-2000:]).decode("utf-8", "replace"),
            "seconds": seconds if seconds is not None else time.monotonic() - self.start,
        }
        if phase:
            rep["phase"] = phase
        if frame is not None:
            rep["frame"] = frame
        if keep_stdout:
            cap = self.limits["output_bytes"]
            rep["stdout"] = bytes(self.stdout[:cap]).decode("utf-8", "replace")
        tail = bytes(self.res).split(b"\n")[0]
        if tail and "frame" not in rep:
            rep["frame"] = tail.decode("utf-8", "replace")
        return rep

    def close(self):
        for fd in (self.out_r, self.err_r, self.res_r):
            try:
                os.close(fd)
            except OSError:
                pass


if __name__ == "__main__":
    Server(json.loads(sys.argv[1])).serve()
