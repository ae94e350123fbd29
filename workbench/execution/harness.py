"""Child side of the sandbox: a fork server that runs untrusted programs.

This runs *inside* the sandbox, started as `python -I -S -c <source>`, where the source
is `codec.py`, `processes.py`, `child.py` and this file bundled into one (lines marked
`# bundled` dropped), so all four use the standard library only and Python 3.8+.

Protocol: one JSON job per line on fd 0, one JSON reply per line on fd 1. The server
never grades anything: it reports what happened (exit status, output, the values the
program's function returned) and the parent decides. Expected outputs never come here.

Per program the server forks children; each child sets its own resource limits, runs
in a fresh box (`box.py`: its own namespaces and file systems, no capability, a seccomp
filter) and is killed, with everything it spawned, at its deadline. Where the kernel
refuses those namespaces, the child runs in a scratch directory wiped after it. The
server is pid 1 of bubblewrap's pid namespace (nothing in the box can signal or trace
it), a child subreaper and not dumpable, so orphans come back to it and children cannot
read its file descriptors through /proc. Every reply echoes the job's nonce, so the
parent notices a reply that is not the answer to the job it sent.
"""

import builtins
import json
import os
import resource
import signal
import stat
import sys
import time

from workbench.execution.box import BoxError, BoxMaker  # bundled
from workbench.execution.child import Quitter, call_main, limit_child, stdio_main  # bundled
from workbench.execution.codec import decode  # bundled
from workbench.execution.processes import (  # bundled
    Child,  # bundled
    box_init,  # bundled
    kill_descendants,  # bundled
    memfd,  # bundled
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
        self.retire = False  # set when this server must not run another program
        self.box = BoxMaker(config["box"])
        self.boxed, self.box_error = False, "not asked for"
        if config["box"]["namespaces"]:
            self.boxed, self.box_error = self.probe_box()

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
        # As pid 1 of its namespace the server gets no signal it has no handler for; Python's
        # own SIGINT handler would turn a program's kill(1, SIGINT) into a crash.
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        self.send({"ready": True, "python": sys.version.split()[0], "uid": os.getuid(),
                   "pid1": os.getpid() == 1, "box": self.boxed, "box_error": self.box_error,
                   "seccomp": self.box.prog is not None})  # fmt: skip
        for line in self.cmd_in:
            nonce = None
            try:
                job = json.loads(line)
                nonce = job.get("nonce")
                reply = self.run_job(job)
            except Exception as exc:  # a bug here must not kill the worker
                reply = {"error": "%s: %s" % (type(exc).__name__, exc)}
            reply["nonce"] = nonce
            if self.retire:
                reply["retire"] = True
            self.send(reply)
            if self.retire:
                return

    def probe_box(self):
        """Can a child be started in a fresh box here? (True, '') or (False, why not)."""
        try:
            pid = self.box.fork()
        except BoxError as exc:
            return False, str(exc)
        if pid == 0:
            try:
                self.box.enter()
                os.listdir("/tmp")
            except BaseException as exc:
                os.write(2, str(exc).encode()[:200])
                os._exit(1)
            os._exit(0)
        status = os.waitpid(pid, 0)[1]
        if os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0:
            return True, ""
        return False, "the box could not be entered (status %d)" % status

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
        status_r, status_w = os.pipe() if self.boxed else (None, None)
        self.reap_dying()
        pid = self.box.fork() if self.boxed else os.fork()
        if pid == 0:  # the child: its box, limits, then the program
            try:
                os.setpgid(0, 0)
                for src, dst in ((stdin_fd, 0), (out_w, 1), (err_w, 2), (res_w, 4)):
                    os.dup2(src, dst)
                if status_w is not None:
                    os.dup2(status_w, 5)
                os.closerange(3, 4)  # the server's command pipe
                os.closerange(6, 65536)
                if self.boxed:
                    self.box.enter()
                    box_init(self.box.plain_fork)  # returns in the program, pid 2
                else:
                    os.closerange(5, 6)
                    self.box.unboxed()
                signal.signal(signal.SIGINT, signal.default_int_handler)  # the server ignores it
                limit_child(limits, call_mode, self.config.get("pdeathsig", True))
                nofile = self.config["box"]["open_files"]
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))
                target()
            except BoxError as exc:
                os.write(2, ("sandbox: %s" % exc).encode())
                os._exit(71)
            finally:
                os._exit(70)
        for fd in (stdin_fd, out_w, err_w, res_w, status_w):
            if fd is not None:
                os.close(fd)
        return Child(pid, out_r, err_r, res_r, limits, status_r)

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
        elif "calls" in test:
            spec["calls_obj"] = [decode(call) for call in test["calls"]]
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
        if child.status is None or child.unreaped:
            self.dying.add(child.pid)
        kill_descendants(self.dying)
        self.reap_dying(block=False)
        if self.boxed:  # the box's file systems and IPC died with its last process
            return
        # The scratch directory, and anything a program left beside it (it may chdir out).
        # A wipe that cannot finish in time (an inode flood) retires the whole server.
        deadline = time.monotonic() + self.config.get("wipe_seconds", 5.0)
        done = wipe(self.config["scratch"], keep=os.path.basename(self.scratch),
                    deadline=deadline)  # fmt: skip
        done = done and wipe(self.scratch, deadline=deadline)
        for directory in self.config.get("wipe", ()):
            done = done and wipe(directory, mode=0o1777, deadline=deadline)
        if not done:
            self.retire = True
        self.reset_scratch()

    def reap_dying(self, block=True):
        """Reap the children killed earlier. Before a new program starts, every earlier
        one must be gone (blocking): its processes count against the uid's process limit,
        and a box's last ones are reaped by the kernel as it takes the box apart."""
        for pid in list(self.dying):
            try:
                if os.waitpid(pid, 0 if block else os.WNOHANG)[0]:
                    self.dying.discard(pid)
            except ChildProcessError:
                self.dying.discard(pid)

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
                os.unlink(self.scratch)  # a link or a file in its place
            except OSError:
                wipe(self.scratch)  # a directory in its place (or nothing at all)
                try:
                    os.rmdir(self.scratch)
                except OSError:
                    pass
            os.mkdir(self.scratch, 0o700)
            self.scratch_inode = os.lstat(self.scratch).st_ino
        os.chmod(self.scratch, 0o700)
        os.chdir(self.scratch)


def _bind(function, *args):
    return lambda: function(*args)


if __name__ == "__main__":
    Server(json.loads(sys.argv[1])).serve()
