"""Child side of the sandbox: a fork server that runs untrusted programs.

This file runs *inside* the sandbox, started as `python -I -S -c <this source>`, so it
uses the standard library only and stays valid for Python 3.8+. The parent imports it
too, for the value codec (`encode`/`decode`), so both sides agree on the wire format.

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
import math
import os
import random
import resource
import select
import signal
import stat
import sys
import time
import traceback

MAX_DEPTH = 64
# What most programs import, loaded once in the server. Kept lean: a bigger server makes
# every fork slower (measured: 8 MB resident, 0.6 ms; 16 MB, 1.2 ms).
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
TAGS = ("~t", "~s", "~fs", "~d", "~f", "~c", "~b")


class Unserializable(Exception):
    """A value that is not plain data (so its meaning could be faked by its own code)."""


def encode(value, depth=0):
    """Plain data to JSON-able, with tags for what JSON lacks. Exact types only: a
    subclass of int or list (which could override __eq__) is refused."""
    if depth > MAX_DEPTH:
        raise Unserializable("nested deeper than %d levels" % MAX_DEPTH)
    t = type(value)
    if value is None or t is bool or t is str:
        return value
    if t is int:
        if value.bit_length() > 13_300:  # about 4000 decimal digits
            raise Unserializable("an integer with more than 4000 digits")
        return value
    if t is float:
        return value if math.isfinite(value) else {"~f": repr(value)}
    if t is list:
        return [encode(v, depth + 1) for v in value]
    if t is tuple:
        return {"~t": [encode(v, depth + 1) for v in value]}
    if t is set or t is frozenset:
        items = sorted((encode(v, depth + 1) for v in value), key=_sort_key)
        return {"~s" if t is set else "~fs": items}
    if t is dict:
        return {"~d": [[encode(k, depth + 1), encode(v, depth + 1)] for k, v in value.items()]}
    if t is complex:
        return {"~c": [encode(value.real), encode(value.imag)]}
    if t is bytes:
        return {"~b": value.hex()}
    raise Unserializable("returned a %s, which is not plain data" % t.__name__)


def _sort_key(encoded):
    return json.dumps(encoded, sort_keys=True)


def decode(data, depth=0):
    """Inverse of `encode`. Raises ValueError on anything malformed."""
    if depth > MAX_DEPTH + 2:
        raise ValueError("nested too deeply")
    if data is None or isinstance(data, (bool, int, float, str)):
        return data
    if isinstance(data, list):
        return [decode(v, depth + 1) for v in data]
    if isinstance(data, dict) and len(data) == 1:
        ((tag, body),) = data.items()
        if tag == "~f" and body in ("nan", "inf", "-inf"):
            return float(body)
        if tag == "~b" and isinstance(body, str):
            return bytes.fromhex(body)
        if tag == "~c" and isinstance(body, list) and len(body) == 2:
            return complex(decode(body[0], depth + 1), decode(body[1], depth + 1))
        if tag in ("~t", "~s", "~fs", "~d") and isinstance(body, list):
            items = [decode(v, depth + 1) for v in body]
            if tag == "~t":
                return tuple(items)
            if tag == "~s":
                return set(items)
            if tag == "~fs":
                return frozenset(items)
            if all(isinstance(p, list) and len(p) == 2 for p in items):
                return {_hashable(k): v for k, v in items}
    raise ValueError("malformed encoded value")


def _hashable(key):
    return tuple(key) if isinstance(key, list) else key


# ---------------------------------------------------------------- the fork server


_LIBC = []  # type: list


def _libc():
    if not _LIBC:
        import ctypes

        _LIBC.append(ctypes.CDLL(None, use_errno=True))
    return _LIBC[0]


def _set_subreaper_and_undumpable():
    try:
        libc = _libc()
        libc.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans come back to us
        libc.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE=0: children can't open our fds via /proc
    except Exception:
        pass


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
        _set_subreaper_and_undumpable()  # also loads libc once, for every child
        nproc = config.get("processes")
        if nproc:
            resource.setrlimit(resource.RLIMIT_NPROC, (nproc, nproc))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))

    def serve(self):
        import gc

        # `-S` leaves out exit() and quit(); programs use them.
        builtins.exit = builtins.quit = _Quitter()  # type: ignore
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
        scratch = self.scratch
        stdin_fd = _memfd(stdin_data)
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
                _limit_child(limits, call_mode, self.config.get("pdeathsig", True))
                target()
            finally:
                os._exit(70)
        for fd in (stdin_fd, out_w, err_w, res_w):
            os.close(fd)
        return Child(pid, out_r, err_r, res_r, scratch, limits)

    def run_stdio(self, code, stdin_data, limits):
        child = self.spawn(lambda: _stdio_main(code), stdin_data, limits)
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
            target = _bind(_call_main, code, job["entry_point"], prelude, list(pending))
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
        _wipe(self.config["scratch"], keep=self.scratch)
        _wipe(self.scratch)
        for directory in self.config.get("wipe", ()):
            _wipe(directory, mode=0o1777)
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
                _remove_tree(self.scratch)
            os.mkdir(self.scratch, 0o700)
            self.scratch_inode = os.lstat(self.scratch).st_ino
        os.chmod(self.scratch, 0o700)
        os.chdir(self.scratch)


class _Quitter:
    """What `site` would install as exit() and quit()."""

    def __repr__(self):
        return "Use exit() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)


def _bind(function, *args):
    return lambda: function(*args)


def _memfd(text):
    fd = os.memfd_create("data")
    data = text.encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.lseek(fd, 0, 0)
    return fd


class Child:
    """Parent-side handle (within the server) of one forked child."""

    def __init__(self, pid, out_r, err_r, res_r, scratch, limits):
        self.pid, self.scratch, self.limits = pid, scratch, limits
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


def _limit_child(limits, call_mode, die_with_server):
    """Every step here costs copy-on-write page faults (about 5 us each on the machines
    we measured), so the child does only what it must."""
    mem = limits["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    cpu = int(math.ceil(limits["timeout"] * (limits.get("tests", 1) if call_mode else 1))) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    fsize = limits["file_bytes"]
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    if die_with_server:  # in bwrap the pid namespace dies with the server anyway
        _libc().prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


def _status(obj):
    os.write(4, json.dumps(obj).encode() + b"\n")


def _exception_info(exc):
    tb = traceback.extract_tb(exc.__traceback__)
    where = ""
    for frame in reversed(tb):
        if frame.filename == "<program>":
            where = "line %s" % frame.lineno
            break
    memory = isinstance(exc, MemoryError) or (isinstance(exc, OSError) and exc.errno == 12)
    return {"exc": type(exc).__name__, "msg": str(exc)[:300], "where": where, "memory": memory}


def _stdio_main(code):
    # sys.stdin/stdout were made at start-up for fds 0 and 1, which now are this test's
    # input and output; the server never used them, so their buffers are empty.
    namespace = {"__name__": "__main__", "__builtins__": builtins}
    exit_code = 0
    try:
        exec(code, namespace)
        _join_threads()
    except SystemExit as exc:
        _join_threads()
        if exc.code is None or isinstance(exc.code, int):
            exit_code = exc.code or 0
        else:
            print(exc.code, file=sys.stderr)
            exit_code = 1
    except BaseException as exc:
        namespace.clear()  # a memory hog's data goes, so the report can be written
        _report_exception(exc)
        exit_code = 1
    try:
        sys.stdout.flush()
    except BaseException:
        exit_code = exit_code or 1
    os._exit(exit_code & 0xFF)


def _join_threads():
    """Like interpreter shutdown: wait for non-daemon threads (contest programs often
    run `main` in a thread with a bigger stack and never join it)."""
    threading = sys.modules.get("threading")
    if threading is not None:
        threading._shutdown()


def _report_exception(exc):
    """Status first (small), then the traceback on stderr, as Python would print it."""
    try:
        _status(_exception_info(exc))
    except BaseException:
        os.write(4, b'{"exc": "MemoryError", "msg": "", "where": "", "memory": true}\n')
    try:
        traceback.print_exception(type(exc), exc, exc.__traceback__)
    except BaseException:
        pass


def _call_main(code, entry_point, prelude, specs):
    """Load the program once, then run the tests (compiled by the server, inherited
    through the fork), reporting each on fd 4."""
    namespace = {"__name__": "solution", "__builtins__": builtins}
    try:
        exec(code, namespace)
        entry = _entry(namespace, entry_point)
    except BaseException as exc:
        namespace.clear()
        _status({"load_error": _exception_info(exc)})
        os._exit(0)
    os.write(4, b'{"ready": true}\n')
    for spec in specs:
        calls = []  # type: list
        test_ns = {"__name__": "test", "__builtins__": builtins}
        seeded = spec["seed"] is not None
        recorder = _make_recorder(entry, calls, seeded)
        error = None
        try:
            exec(prelude, test_ns)
            test_ns["candidate"] = test_ns[entry_point] = recorder
            if seeded:
                random.seed(spec["seed"])
            if "code_obj" in spec:
                exec(spec["code_obj"], test_ns)
            else:
                recorder(*spec["args_obj"], **spec["kwargs_obj"])
        except _Stop:
            pass
        except BaseException as exc:
            error = _exception_info(exc)
        _status({"i": spec["i"], "calls": calls, "error": error})


def _entry(namespace, name):
    """The function under test: a top-level function, or (LeetCode style, as in APPS)
    a method of `class Solution`."""
    entry = namespace.get(name)
    if callable(entry):
        return entry
    solution = namespace.get("Solution")
    if isinstance(solution, type) and callable(getattr(solution, name, None)):
        return getattr(solution(), name)
    raise NameError("the program defines no function %r" % name)


class _Stop(BaseException):
    """Raised after a call whose value cannot be reported: the test cannot go on."""


def _make_recorder(entry, calls, seeded):
    """Stands in for the function under test: calls it, records what it returned. In a
    test that draws random inputs, the program's own use of `random` must not shift the
    test's draws (the parent replays them without the program)."""

    def candidate(*args, **kwargs):
        try:
            encoded_args = encode([list(args), kwargs])
        except Unserializable:
            encoded_args = None
        state = random.getstate() if seeded else None
        try:
            value = entry(*args, **kwargs)
        except BaseException as exc:
            if state is not None:
                random.setstate(state)
            calls.append({"args": encoded_args, "raised": _exception_info(exc)})
            raise _Stop() from None
        if state is not None:
            random.setstate(state)
        try:
            calls.append({"args": encoded_args, "value": encode(value)})
        except Unserializable as exc:
            calls.append({"args": encoded_args, "unserializable": str(exc)})
            raise _Stop() from None
        except (RecursionError, MemoryError, ValueError) as exc:
            calls.append({"args": encoded_args, "unserializable": type(exc).__name__})
            raise _Stop() from None
        return value

    return candidate


def kill_descendants(dying=frozenset()):
    """SIGKILL every process below the server. As a subreaper the server inherits every
    orphan, so its direct children are all there is to find, round after round.
    `dying` are children already SIGKILLed, left to be reaped later."""
    me = os.getpid()
    for _ in range(10000):
        children = [pid for pid in _children(me) if pid not in dying]
        if not children:
            return
        for pid in children:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        for pid in children:
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass


def _children(pid):
    found = []  # type: list
    task_dir = "/proc/%d/task" % pid
    try:
        for tid in os.listdir(task_dir):
            with open("%s/%s/children" % (task_dir, tid)) as f:
                found.extend(int(p) for p in f.read().split())
    except OSError:
        return _children_by_scan(pid)
    return found


def _children_by_scan(parent):
    found = []  # type: list
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name) as f:
                    stat = f.read()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(name))
    return found


def _remove_tree(path):
    """Delete a file or a whole tree, whatever its permissions (a program may leave a
    directory at mode 0 to hide something from the next one): iterative, never follows
    links."""
    stack = [(path, False)]
    while stack:
        current, listed = stack.pop()
        try:
            st = os.lstat(current)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode):
            try:
                os.unlink(current)
            except OSError:
                pass
        elif listed:
            try:
                os.rmdir(current)
            except OSError:
                pass
        else:
            try:
                os.chmod(current, 0o700)
                names = os.listdir(current)
            except OSError:
                names = []
            stack.append((current, True))
            stack.extend((os.path.join(current, n), False) for n in names)


def _wipe(directory, keep=None, mode=0o700):
    """Delete everything inside `directory` (but the path `keep`), after giving it back
    its mode (a program may have taken it)."""
    try:
        os.chmod(directory, mode)
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        full = os.path.join(directory, name)
        if full != keep:
            _remove_tree(full)


if __name__ == "__main__":
    Server(json.loads(sys.argv[1])).serve()
