"""What runs in a forked child (sandbox side, stdlib only, 3.8+): its limits, then the
program, for stdin/stdout tests or for call tests (each call's value reported as plain
data on fd 4). Every step costs copy-on-write page faults, so the child does little."""

import builtins
import json
import math
import os
import random
import resource
import signal
import sys
import traceback

from workbench.execution.codec import Unserializable, encode  # bundled
from workbench.execution.processes import libc  # bundled


def limit_child(limits, call_mode, die_with_server):
    """Every step here costs copy-on-write page faults (about 5 us each on the machines
    we measured), so the child does only what it must."""
    mem = limits["memory_mb"] * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    cpu = int(math.ceil(limits["timeout"] * (limits.get("tests", 1) if call_mode else 1))) + 1
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    fsize = limits["file_bytes"]
    resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
    if die_with_server:  # in bwrap the pid namespace dies with the server anyway
        libc().prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG


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


def stdio_main(code):
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


def call_main(code, entry_point, prelude, specs):
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
            if "code_obj" in spec:
                exec(prelude, test_ns)
                test_ns["candidate"] = test_ns[entry_point] = recorder
                if seeded:
                    random.seed(spec["seed"])
                exec(spec["code_obj"], test_ns)
            elif "calls_obj" in spec:  # the calls the parent found the test makes
                for args, kwargs in spec["calls_obj"]:
                    recorder(*args, **kwargs)
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
    """Stands in for the function under test: calls it, records what it returned, and
    what it left in its arguments when that differs from what it was given (the parent
    puts that into the test's own objects, so a test that looks at an argument after the
    call sees what the program did to it). In a test that draws random inputs, the
    program's own use of `random` must not shift the test's draws (the parent replays
    them without the program)."""

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
            record = {"args": encoded_args, "value": encode(value)}
        except Unserializable as exc:
            calls.append({"args": encoded_args, "unserializable": str(exc)})
            raise _Stop() from None
        except (RecursionError, MemoryError, ValueError) as exc:
            calls.append({"args": encoded_args, "unserializable": type(exc).__name__})
            raise _Stop() from None
        if encoded_args is not None:
            try:
                after = encode([list(args), kwargs])
                # As text, so that 1 -> True or 1 -> 1.0 counts as a change; most calls
                # change nothing, and then nothing is sent (frames stay small).
                if json.dumps(after) != json.dumps(encoded_args):
                    record["args_after"] = after
            except (Unserializable, RecursionError, MemoryError, ValueError) as exc:
                # It put something that is not plain data into an argument: the parent
                # cannot show it to the test, so it says so rather than show the old state.
                record["args_after_unserializable"] = str(exc)[:300] or type(exc).__name__
        calls.append(record)
        return value

    return candidate


class Quitter:
    """What `site` would install as exit() and quit()."""

    def __repr__(self):
        return "Use exit() or Ctrl-D (i.e. EOF) to exit"

    def __call__(self, code=None):
        raise SystemExit(code)
