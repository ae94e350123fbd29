"""Adversarial programs against the sandbox (workbench.execution).

Every test here runs a hostile program and asserts two things: the attack is contained
(nothing leaks out, nothing survives, the executor keeps working) and the program gets
the right verdict. Where it matters, a test is built so that a leak would make the
program *pass* (its expected output is what it would print if the sandbox leaked), and
asserts that it does not.
"""

from __future__ import annotations

import os
import random
import shutil
import socket
import tempfile
import textwrap
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pytest

from workbench.execution import Executor, Limits
from workbench.execution.sandbox import detect_isolation, worker_uid
from workbench.problems import Outcome, Problem, Test, TestResult

TIMEOUT = 1.0
LIMITS = Limits(timeout_s=TIMEOUT)
REPO = Path(__file__).resolve().parents[1]
RNG = random.Random()  # unseeded on purpose: tokens nobody could have written down before
pytestmark = pytest.mark.timeout(120)

O = Outcome  # noqa: E741


def token(prefix: str = "wb") -> str:
    return f"{prefix}-{os.getpid()}-{RNG.randrange(10**12):012d}"


def big_number(digits: int) -> int:
    return RNG.randrange(10 ** (digits - 1), 10**digits)


def src(code: str) -> str:
    return textwrap.dedent(code).lstrip("\n")


# ------------------------------------------------------------------ problems


def stdio_problem(pid: str, cases: Sequence[tuple[str, str]]) -> Problem:
    return Problem(
        id=f"t/{pid}",
        title=pid,
        statement=pid,
        io="stdio",
        tests=tuple(Test(kind="stdio", public=True, input=i, output=o) for i, o in cases),
    )


def call_problem(pid: str, entry: str, codes: Sequence[str], starter: str | None = None) -> Problem:
    return Problem(
        id=f"t/{pid}",
        title=pid,
        statement=pid,
        io="call",
        entry_point=entry,
        starter_code=starter if starter is not None else f'def {entry}(a, b):\n    """..."""\n',
        tests=tuple(Test(kind="call", public=True, code=c) for c in codes),
    )


ADD_STDIO = stdio_problem("add", [("1 2\n", "3\n"), ("10 20\n", "30\n"), ("-5 5\n", "0\n")])
ADD_CALL = call_problem(
    "add",
    "add",
    [
        "assert candidate(1, 2) == 3",
        "assert candidate(10, 20) == 30",
        "assert add(-5, 5) == 0",
    ],
)
ADD_ARGS = Problem(
    id="t/add-args",
    title="add",
    statement="add",
    io="call",
    entry_point="add",
    tests=(
        Test(kind="call", public=True, args=(1, 2), kwargs={}, expected=3),
        Test(kind="call", public=True, args=(7, 8), kwargs={}, expected=15),
    ),
)
HONEST_STDIO = "a, b = map(int, input().split())\nprint(a + b)\n"
HONEST_CALL = "def add(a, b):\n    return a + b\n"


def outcomes(results: list[TestResult]) -> list[Outcome]:
    return [r.outcome for r in results]


def describe(results: list[TestResult]) -> str:
    return "; ".join(
        f"#{r.test} {r.outcome.value} {r.detail[:200]!r} {r.seconds:.2f}s" for r in results
    )


def none_passed(results: list[TestResult]) -> None:
    assert results and not any(r.passed for r in results), describe(results)


def all_are(results: list[TestResult], *allowed: Outcome) -> None:
    assert results and all(r.outcome in allowed for r in results), describe(results)


def timed(fn: Callable[[], list[TestResult]]) -> tuple[list[TestResult], float]:
    start = time.monotonic()
    results = fn()
    return results, time.monotonic() - start


def assert_healthy(ex: Executor) -> None:
    """Honest programs still pass promptly, on every worker (run_many spreads them)."""
    jobs = [(HONEST_STDIO, ADD_STDIO, None), (HONEST_CALL, ADD_CALL, None)] * ex.size
    start = time.monotonic()
    for results in ex.run_many(jobs):
        assert outcomes(results) == [O.PASSED] * len(results), describe(results)
    assert time.monotonic() - start < 5 * TIMEOUT


def sandbox_processes(ex: Executor) -> int:
    """Host-side count of live (not zombie) processes running as this executor's worker
    uids: the sandboxes themselves and whatever runs in them."""
    uids = {worker_uid(i) for i in range(ex.size)}
    count = 0
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if os.stat(f"/proc/{name}").st_uid not in uids:
                    continue
                with open(f"/proc/{name}/stat") as f:
                    if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                        count += 1
            except (OSError, IndexError):
                continue
    return count


def settles_to(ex: Executor, baseline: int, within: float = 2.0) -> int:
    deadline = time.monotonic() + within
    while (count := sandbox_processes(ex)) > baseline and time.monotonic() < deadline:
        time.sleep(0.05)
    return count


def no_processes_with_marker(marker: str, within: float = 2.0) -> bool:
    """True once no host process mentions `marker`: a box's leftovers are killed before
    the verdict and reaped by the kernel a moment later, with the box."""
    deadline = time.monotonic() + within
    while processes_with_marker(marker):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


def processes_with_marker(marker: str) -> list[str]:
    """Host processes whose command line or environment mentions `marker`."""
    found = []
    needle = marker.encode()
    for name in os.listdir("/proc"):
        if not name.isdigit() or int(name) == os.getpid():
            continue
        for part in ("cmdline", "environ"):
            try:
                with open(f"/proc/{name}/{part}", "rb") as f:
                    if needle in f.read():
                        found.append(f"{name}:{part}")
            except OSError:
                continue
    return found


@pytest.fixture(scope="module")
def ex() -> Iterator[Executor]:
    executor = Executor(workers=2, limits=LIMITS)
    try:
        yield executor
    finally:
        executor.close()


def test_sandbox_is_bubblewrap() -> None:
    # Everything below is written against the bwrap mode; the fallback mode documents
    # that it does not stop network access or reads of files its uid may read.
    assert detect_isolation().mode == "bwrap", detect_isolation().reason


# ------------------------------------------------------------------ sanity


def test_honest_programs_pass(ex: Executor) -> None:
    assert outcomes(ex.run(HONEST_STDIO, ADD_STDIO)) == [O.PASSED] * 3
    assert outcomes(ex.run(HONEST_CALL, ADD_CALL)) == [O.PASSED] * 3
    assert outcomes(ex.run(HONEST_CALL, ADD_ARGS)) == [O.PASSED] * 2
    assert_healthy(ex)


def test_wrong_programs_fail(ex: Executor) -> None:
    all_are(ex.run("print(0)", ADD_STDIO, [0, 1]), O.WRONG_ANSWER)
    all_are(ex.run("def add(a, b):\n    return a - b\n", ADD_CALL, [0, 1]), O.WRONG_ANSWER)


def test_syntax_error(ex: Executor) -> None:
    all_are(ex.run("print(1 +", ADD_STDIO), O.SYNTAX_ERROR)
    all_are(ex.run("def add(a, b)\n    return a + b\n", ADD_CALL), O.SYNTAX_ERROR)


def test_honest_program_calling_exit_passes(ex: Executor) -> None:
    results = ex.run(HONEST_STDIO + "exit()\n", ADD_STDIO)
    assert outcomes(results) == [O.PASSED] * 3, describe(results)


THREADED_MAIN = src("""
    import sys, threading
    def depth(n):  # the reason for the thread: deep recursion needs a big stack
        return 0 if n == 0 else 1 + depth(n - 1)
    def main():
        a, b = map(int, input().split())
        print(a + b + depth(50000) - 50000)
    sys.setrecursionlimit(10**6)
    threading.stack_size(1 << 26)
    threading.Thread(target=main).start()
""")


def test_honest_program_in_a_thread_passes(ex: Executor) -> None:
    results = ex.run(THREADED_MAIN, ADD_STDIO)
    assert outcomes(results) == [O.PASSED] * 3, describe(results)


# ------------------------------------------------------------------ fork bombs

FORK_BOMBS = {
    "os.fork": """
        import os
        while True:
            try:
                os.fork()
            except OSError:
                pass
    """,
    "subprocess": """
        import subprocess, sys
        code = (
            "import subprocess, sys\\n"
            "while True:\\n"
            "    try:\\n"
            "        subprocess.Popen([sys.executable, '-c', sys.argv[1], sys.argv[1]])\\n"
            "    except Exception:\\n"
            "        pass\\n"
        )
        subprocess.Popen([sys.executable, "-c", code, code])
        exec(code.replace("sys.argv[1]", "code"))
    """,
    "multiprocessing": """
        import multiprocessing
        def bomb():
            while True:
                try:
                    multiprocessing.Process(target=bomb).start()
                except Exception:
                    pass
        bomb()
    """,
}


@pytest.mark.parametrize("kind", list(FORK_BOMBS))
def test_fork_bomb_is_contained(ex: Executor, kind: str) -> None:
    assert_healthy(ex)
    baseline = sandbox_processes(ex)
    results, elapsed = timed(lambda: ex.run(src(FORK_BOMBS[kind]), ADD_STDIO, [0]))
    all_are(results, O.TIMEOUT, O.RUNTIME_ERROR)
    assert elapsed < TIMEOUT + 3, f"{elapsed:.1f}s"
    assert settles_to(ex, baseline) <= baseline  # nothing of the bomb survives
    assert_healthy(ex)


def test_fork_bomb_in_a_call_program(ex: Executor) -> None:
    program = src("""
        import os
        def add(a, b):
            while True:
                try:
                    os.fork()
                except OSError:
                    pass
    """)
    results, elapsed = timed(lambda: ex.run(program, ADD_CALL))
    none_passed(results)
    assert elapsed < 3 * (TIMEOUT + 1) + 2, f"{elapsed:.1f}s"
    assert_healthy(ex)


# ------------------------------------------------------------------ memory

MEMORY_HOGS = {
    "list 10 GB": "x = [0] * (10**10 // 8)\nprint(3)",
    "bytearray 10 GB": "x = bytearray(10**10)\nprint(3)",
    "bytes growing": "chunks = []\nwhile True:\n    chunks.append(bytes(10**7))",
    "mmap 10 GB": "import mmap\nm = mmap.mmap(-1, 10**10)\nprint(3)",
}


@pytest.mark.parametrize("program", list(MEMORY_HOGS.values()), ids=list(MEMORY_HOGS))
def test_memory_hog_stdio(ex: Executor, program: str) -> None:
    all_are(ex.run(program, ADD_STDIO, [0]), O.MEMORY_LIMIT)


@pytest.fixture(scope="module")
def small_memory() -> Iterator[Executor]:
    # Programs that really touch their memory take ~0.7 s to fill 1 GB here; with a
    # 1 s limit they would race the clock, so these run under a 128 MB limit.
    executor = Executor(workers=1, limits=Limits(timeout_s=TIMEOUT, memory_mb=128))
    try:
        yield executor
    finally:
        executor.close()


TOUCHING_HOGS = {
    "bytearrays growing": "chunks = []\nwhile True:\n    chunks.append(bytearray(10**7))",
    "strings growing": (
        "chunks = []\nwhile True:\n    chunks.append(' ' * 10**6 + str(len(chunks)))"
    ),
    "dict growing": "d = {}\ni = 0\nwhile True:\n    d[i] = str(i) * 10\n    i += 1",
}


@pytest.mark.parametrize("program", list(TOUCHING_HOGS.values()), ids=list(TOUCHING_HOGS))
def test_memory_hog_touching_its_memory(small_memory: Executor, program: str) -> None:
    all_are(small_memory.run(program, ADD_STDIO, [0]), O.MEMORY_LIMIT)


def test_memory_hog_touching_its_memory_in_a_call(small_memory: Executor) -> None:
    program = src("""
        def add(a, b):
            d = {}
            i = 0
            while True:
                d[i] = str(i) * 10
                i += 1
    """)
    all_are(small_memory.run(program, ADD_CALL, [0]), O.MEMORY_LIMIT)


def test_memory_hog_call(ex: Executor) -> None:
    program = "def add(a, b):\n    return len(bytearray(10**10))\n"
    all_are(ex.run(program, ADD_CALL), O.MEMORY_LIMIT)
    grow = "def add(a, b):\n    l = []\n    while True:\n        l.append(bytes(10**7))\n"
    all_are(ex.run(grow, ADD_CALL, [0]), O.MEMORY_LIMIT)
    assert_healthy(ex)


# ------------------------------------------------------------------ output floods

FLOODS = {
    "1 GB in 1 MB writes": "import sys\nfor _ in range(1000):\n    sys.stdout.write('x' * 10**6)",
    "infinite print": "while True:\n    print('spam')",
    "os.write on fd 1": "import os\nwhile True:\n    os.write(1, b'y' * 65536)",
    "stderr": "import sys\nwhile True:\n    sys.stderr.write('e' * 10000)",
    "print then sleep": (
        "import sys, time\nsys.stdout.write('z' * 2_000_000)\nsys.stdout.flush()\ntime.sleep(100)"
    ),
}


@pytest.mark.parametrize("kind", list(FLOODS))
def test_output_flood(ex: Executor, kind: str) -> None:
    all_are(ex.run(FLOODS[kind], ADD_STDIO, [0]), O.OUTPUT_LIMIT)


def test_huge_single_string_is_memory_not_output(ex: Executor) -> None:
    # A 2 GB string cannot even be built under the 1 GiB address-space limit. (A 1 GB one
    # can, barely, and filling it races the 1 s limit: that shape is the chunked test.)
    results = ex.run("print('x' * (2 * 10**9))", ADD_STDIO, [0])
    all_are(results, O.MEMORY_LIMIT)


def test_output_flood_in_a_call_program(ex: Executor) -> None:
    program = "def add(a, b):\n    while True:\n        print('flood' * 1000)\n"
    all_are(ex.run(program, ADD_CALL), O.OUTPUT_LIMIT)
    assert_healthy(ex)


# ------------------------------------------------------------------ secrets


SECRET_READER = src("""
    import os, sys
    target = sys.stdin.read().strip()
    try:
        if target == "ENV":
            value = os.environ.get("OPENAI_API_KEY")
            if value is None:  # look harder: every process we can see
                for pid in os.listdir("/proc"):
                    try:
                        env = open("/proc/%s/environ" % pid, "rb").read().split(b"\\0")
                    except OSError:
                        continue
                    for item in env:
                        if item.startswith(b"OPENAI_API_KEY="):
                            value = item.split(b"=", 1)[1].decode()
            print(value)
        elif os.path.isdir(target):
            print(" ".join(sorted(os.listdir(target))))
        else:
            with open(os.path.expanduser(target), errors="replace") as f:
                sys.stdout.write(f.read())
    except Exception as exc:
        print("DENIED", type(exc).__name__)
""")


def test_secrets_are_out_of_reach(monkeypatch: pytest.MonkeyPatch) -> None:
    secret = "sk-secret-" + token("key")
    monkeypatch.setenv("OPENAI_API_KEY", secret)
    targets: dict[str, str] = {"ENV": secret}
    for path in (
        "/root/.bash_history",
        "~/.bash_history",
        "/root/.bashrc",
        "/root/.profile",
        "/root",
        "/etc/shadow",
        "/etc/passwd",
        str(REPO / "corpora"),
        str(REPO / "corpora" / "humaneval" / "card.json"),
        __file__,
        str(REPO / "pyproject.toml"),
    ):
        host = Path(os.path.expanduser(path))
        if host.is_dir():
            targets[path] = " ".join(sorted(os.listdir(host)))
        elif host.is_file():
            targets[path] = host.read_text(errors="replace")
    assert len(targets) >= 8, sorted(targets)  # the attack is not vacuous
    problem = stdio_problem("secrets", [(t + "\n", out) for t, out in targets.items()])
    with Executor(workers=1, limits=LIMITS) as fresh:  # started after the secret was set
        results = fresh.run(SECRET_READER, problem)
    none_passed(results)
    all_are(results, O.WRONG_ANSWER)
    env_result = results[0]
    assert "got 'None'" in env_result.detail, env_result.detail
    for r in results:  # the detail quotes the expected text, never what leaked
        assert secret not in r.detail.split("got", 1)[-1], r.detail


# ------------------------------------------------------------------ writes and deletes


@pytest.fixture()
def open_dir() -> Iterator[Path]:
    """A host directory in /tmp that any uid may write to: only the sandbox's mount
    namespace keeps a program away from it."""
    d = Path(tempfile.mkdtemp(prefix="wb-attack-", dir="/tmp"))
    d.chmod(0o777)
    try:
        yield d
    finally:
        shutil.rmtree(d, ignore_errors=True)


def test_writes_outside_do_not_reach_the_host(ex: Executor, open_dir: Path) -> None:
    u = token("write")
    targets = [Path("/tmp") / u, REPO / u, Path("/dev/shm") / u, open_dir / u, Path("/var/tmp") / u]
    program = src(f"""
        import os
        for path in {[str(t) for t in targets]!r}:
            try:
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, "w") as f:
                    f.write("pwned")
                print("wrote", path)
            except OSError as exc:
                print("could not write", path, type(exc).__name__)
    """)
    try:
        for _ in range(ex.size):
            none_passed(ex.run(program, ADD_STDIO, [0]))
        leaked = [str(t) for t in targets if t.exists()]
        assert not leaked, leaked
    finally:
        for t in targets:
            t.unlink(missing_ok=True)


def test_deletes_do_not_reach_the_host(ex: Executor, open_dir: Path) -> None:
    victim = open_dir
    for i in range(3):
        f = victim / f"file{i}"
        f.write_text("keep me")
        f.chmod(0o666)
    program = src(f"""
        import os, shutil
        for path in {[str(REPO), str(victim), "/tmp/pytest-of-root", "/work", "/root"]!r}:
            shutil.rmtree(path, ignore_errors=True)
            print(path, "gone" if not os.path.exists(path) else "still there")
    """)
    none_passed(ex.run(program, ADD_STDIO, [0]))
    assert sorted(p.name for p in victim.iterdir()) == ["file0", "file1", "file2"]
    assert (REPO / "pyproject.toml").is_file() and (REPO / "workbench" / "problems.py").is_file()
    assert (REPO / "corpora").is_dir()
    assert_healthy(ex)


PERSIST_TOKEN = token("stash")
STASH_PROGRAM = src(f"""
    import os, sys
    where, hide = sys.stdin.read().split()
    box = os.path.join(where, "wb-box-{PERSIST_TOKEN}")
    path = os.path.join(box, "stash")
    try:
        os.chmod(box, 0o700)  # an earlier program may have hidden it
    except OSError:
        pass
    try:
        with open(path) as f:
            print(f.read())  # what an earlier program (or test) left behind
    except OSError:
        try:
            os.makedirs(box, exist_ok=True)
            with open(path, "w") as f:
                f.write("{PERSIST_TOKEN}")
            print("fresh")
        except OSError as exc:
            print("cannot write", type(exc).__name__)
    if hide == "hide":  # no permissions: the server's rmtree cannot list it
        try:
            os.chmod(box, 0)
        except OSError:
            pass
""")


@pytest.mark.parametrize(
    "where, hide",
    [
        (".", "plain"),
        ("/dev/shm", "plain"),
        ("/tmp", "plain"),
        (".", "hide"),
        ("/dev/shm", "hide"),
        ("/tmp", "hide"),
        ("/dev", "plain"),
        ("/", "plain"),
    ],
)
def test_files_do_not_persist_between_programs(ex: Executor, where: str, hide: str) -> None:
    # Two tests per program (test 2 must not see test 1's file) and several programs in
    # a row: the executor hands out its idle workers in turn, so they share workers.
    problem = stdio_problem("stash", [(f"{where} {hide}\n", PERSIST_TOKEN + "\n")] * 2)
    try:
        runs = [ex.run(STASH_PROGRAM, problem) for _ in range(2 * ex.size + 1)]
    finally:  # leave nothing behind for the tests after this one
        unhide = (
            f"import os, shutil\nbox = {where!r} + '/wb-box-{PERSIST_TOKEN}'\n"
            "try:\n    os.chmod(box, 0o700)\nexcept OSError:\n    pass\n"
            "shutil.rmtree(box, ignore_errors=True)\n"
        )
        for _ in range(ex.size):
            ex.run(unhide, ADD_STDIO, [0])
    for results in runs:
        none_passed(results)


HONEST_WITH_FILES = src("""
    import multiprocessing, os
    a, b = map(int, input().split())
    lock = multiprocessing.Lock()  # a POSIX semaphore: needs /dev/shm
    for path in ("out.txt", "/tmp/out.txt", "/dev/shm/out.txt"):
        with open(path, "w") as f:
            f.write("1")
    with lock:
        print(a + b)
""")

# A program may chmod, empty or replace what it can write (its cwd, /tmp, /dev/shm) and
# tries the read-only mounts too; the next program on the worker must not notice.
SABOTAGE = {
    "rm -rf cwd": "import os, shutil\nshutil.rmtree(os.getcwd())\n",
    "chmod cwd 0": "import os\nos.chmod('.', 0)\n",
    "cwd replaced by a link": "import os, shutil\nd = os.getcwd()\nos.chdir('/')\n"
    "shutil.rmtree(d)\nos.symlink('/proc', d)\n",
    "chmod /tmp 0500": "import os\nos.chmod('/tmp', 0o500)\n",
    "chmod /tmp 0": "import os\nos.chmod('/tmp', 0)\n",
    "chmod / 0": "import os\nos.chmod('/', 0)\n",
    "chmod /dev 0": "import os\nos.chmod('/dev', 0)\n",
    "rm -rf /dev/shm": "import shutil\nshutil.rmtree('/dev/shm')\n",
    "chmod /dev/shm 0": "import os\nos.chmod('/dev/shm', 0)\n",
    "/dev/shm replaced by a link": "import os, shutil\nshutil.rmtree('/dev/shm')\n"
    "os.symlink('/proc', '/dev/shm')\n",
}


@pytest.mark.parametrize("box", [True, False], ids=["box", "wipe"])
@pytest.mark.parametrize("kind", list(SABOTAGE))
def test_sabotaging_the_sandbox_filesystem(kind: str, box: bool) -> None:
    # A fresh one-worker executor each: a broken worker must not take the others down.
    # Also without the per-program box, where the scratch directories are wiped instead.
    with Executor(workers=1, limits=LIMITS, box=box) as fresh:
        assert outcomes(fresh.run(HONEST_WITH_FILES, ADD_STDIO)) == [O.PASSED] * 3
        none_passed(fresh.run(SABOTAGE[kind] + "print(-1)\n", ADD_STDIO, [0]))
        for _ in range(2):
            results = fresh.run(HONEST_WITH_FILES, ADD_STDIO)
            assert outcomes(results) == [O.PASSED] * 3, describe(results)


def _fill_program(box: str, hide: bool) -> str:
    return src(f"""
        import os
        os.makedirs({box!r}, exist_ok=True)
        n = 0
        try:
            while True:
                with open("{box}/%d" % n, "wb") as f:
                    f.write(b"\\0" * (8 << 20))
                n += 1
        except OSError:
            pass
        if {hide!r}:
            os.chmod({box!r}, 0)
        print(n)
    """)


WRITE_IN_CWD = src("""
    a, b = map(int, input().split())
    with open("scratch.bin", "wb") as f:
        f.write(b"x" * (1 << 20))
    with open("scratch.bin", "rb") as f:
        assert len(f.read()) == 1 << 20
    print(a + b)
""")


@pytest.mark.parametrize(
    "hide",
    [
        False,
        True,
    ],
    ids=["plain", "hidden"],
)
def test_filling_the_scratch_does_not_break_later_programs(ex: Executor, hide: bool) -> None:
    box = f"/tmp/{token('fill')}"
    cleanup = src(f"""
        import os, shutil
        try:
            os.chmod({box!r}, 0o700)
        except OSError:
            pass
        shutil.rmtree({box!r}, ignore_errors=True)
    """)
    try:
        for _ in range(ex.size):
            ex.run(_fill_program(box, hide), ADD_STDIO, [0])
        for _ in range(ex.size):
            results = ex.run(WRITE_IN_CWD, ADD_STDIO)
            assert outcomes(results) == [O.PASSED] * 3, describe(results)
    finally:
        for _ in range(ex.size):
            ex.run(cleanup, ADD_STDIO, [0])


def _uncapped_writer(where: str) -> str:
    return src(f"""
        import os
        written, paths = 0, []
        try:
            for i in range(10):
                path = os.path.join({where!r}, "wb-big-%d" % i)
                paths.append(path)
                with open(path, "wb") as f:
                    f.write(b"\\0" * (16 << 20))
                written += 16
        except OSError as exc:
            print("stopped:", exc)
        finally:
            for path in paths:
                try:
                    os.unlink(path)
                except OSError:
                    pass
        print(written)
    """)


@pytest.mark.parametrize(
    "where",
    [
        "/tmp",
        ".",
        "/dev/shm",
        "/dev",
        "/",
    ],
)
def test_writable_space_is_capped(ex: Executor, where: str) -> None:
    # Expected output: what an uncapped filesystem lets the program write (160 MB, more
    # than scratch_mb = 64), so a missing cap makes the program pass.
    assert LIMITS.scratch_mb < 160
    problem = stdio_problem("fill", [("\n", "160\n")])
    none_passed(ex.run(_uncapped_writer(where), problem))


# ------------------------------------------------------------------ network


class Listener:
    """A bounded, self-stopping server on the host: records who reaches it and hands
    them `reply`."""

    def __init__(
        self, family: int, kind: int, address: object, reply: bytes, lifetime: float = 30.0
    ) -> None:
        self.sock = socket.socket(family, kind)
        self.sock.bind(address)
        if kind == socket.SOCK_STREAM:
            self.sock.listen(16)
        self.sock.settimeout(0.05)
        self.reply, self.hits = reply, []  # type: ignore[var-annotated]
        self.kind = kind
        self.deadline = time.monotonic() + lifetime
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def address(self) -> object:
        return self.sock.getsockname()

    def _serve(self) -> None:
        try:
            while not self.stop.is_set() and time.monotonic() < self.deadline:
                try:
                    if self.kind == socket.SOCK_STREAM:
                        conn, peer = self.sock.accept()
                        self.hits.append(peer)
                        with conn:
                            conn.sendall(self.reply)
                    else:
                        data, peer = self.sock.recvfrom(4096)
                        self.hits.append((peer, data))
                        self.sock.sendto(self.reply, peer)
                except (TimeoutError, OSError):
                    continue
        finally:
            self.sock.close()

    def close(self) -> None:
        self.stop.set()
        self.thread.join(5)


NET_PROGRAM = src("""
    import socket, sys
    kind, *rest = sys.stdin.read().split()
    try:
        if kind == "tcp":
            s = socket.create_connection((rest[0], int(rest[1])), timeout=0.5)
            print(s.recv(100).decode())
        elif kind == "udp":
            s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
            s.settimeout(0.5)
            s.sendto(b"hello", (rest[0], int(rest[1])))
            print(s.recvfrom(100)[0].decode())
        elif kind == "unix":
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.settimeout(0.5)
            s.connect("\\0" + rest[0])
            print(s.recv(100).decode())
        elif kind == "dns":
            print("RESOLVED", socket.getaddrinfo(rest[0], 80)[0][4][0])
        elif kind == "connect":
            socket.create_connection((rest[0], int(rest[1])), timeout=0.5)
            print("CONNECTED")
    except Exception as exc:
        print("blocked", type(exc).__name__)
""")


def _host_address() -> str | None:
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect(("10.255.255.255", 1))
            address = s.getsockname()[0]
        return None if address.startswith("127.") else address
    except OSError:
        return None


def test_network_is_unreachable(ex: Executor) -> None:
    secret = token("net")
    listeners = [
        Listener(socket.AF_INET, socket.SOCK_STREAM, ("0.0.0.0", 0), secret.encode()),
        Listener(socket.AF_INET, socket.SOCK_DGRAM, ("127.0.0.1", 0), secret.encode()),
        Listener(socket.AF_UNIX, socket.SOCK_STREAM, "\0" + token("abstract"), secret.encode()),
    ]
    try:
        tcp_port = listeners[0].address[1]  # type: ignore[index]
        udp_port = listeners[1].address[1]  # type: ignore[index]
        abstract = listeners[2].address[1:].decode()  # type: ignore[index]
        cases = [
            (f"tcp 127.0.0.1 {tcp_port}\n", secret),
            (f"udp 127.0.0.1 {udp_port}\n", secret),
            (f"unix {abstract}\n", secret),
            ("dns example.com\n", "RESOLVED"),
            ("connect 1.1.1.1 443\n", "CONNECTED"),
            ("connect 8.8.8.8 53\n", "CONNECTED"),
        ]
        host = _host_address()
        if host:
            cases.append((f"tcp {host} {tcp_port}\n", secret))
        # sanity: the listeners answer the host itself
        with socket.create_connection(("127.0.0.1", tcp_port), timeout=2) as s:
            assert s.recv(100).decode() == secret
        for lst in listeners:
            lst.hits.clear()
        results = ex.run(NET_PROGRAM, stdio_problem("net", cases))
        none_passed(results)
        all_are(results, O.WRONG_ANSWER)
        time.sleep(0.1)
        assert [lst.hits for lst in listeners] == [[], [], []]
    finally:
        for lst in listeners:
            lst.close()


# ------------------------------------------------------------------ orphans


def test_orphan_holding_stdout_is_not_a_false_timeout(ex: Executor, open_dir: Path) -> None:
    marker = token("orphan")
    late_file = open_dir / marker
    program = src(f"""
        import os, sys
        a, b = map(int, input().split())
        print(a + b)
        sys.stdout.flush()
        if os.fork() == 0:
            os.setsid()
            if os.fork() == 0:  # a daemon: stdout, stderr and fd 4 still open
                os.execv("/bin/sleep", ["{marker}", "60"])
            if os.fork() == 0:  # another: keeps writing, then reaches for the host
                os.execv(sys.executable, [sys.executable, "-c",
                    "import time, sys\\n"
                    "end = time.time() + 0.4\\n"
                    "while time.time() < end: sys.stdout.write('noise'); time.sleep(0.01)\\n"
                    "open({str(late_file)!r}, 'w').write('escaped')\\n"
                    "time.sleep(60)", "{marker}"])
            os._exit(0)
        os.wait()
    """)
    results = ex.run(program, ADD_STDIO)  # waiting for the orphans would be a timeout
    assert outcomes(results) == [O.PASSED] * 3, describe(results)
    assert no_processes_with_marker(marker), processes_with_marker(marker)
    time.sleep(0.6)
    assert no_processes_with_marker(marker), processes_with_marker(marker)
    assert not late_file.exists()
    assert_healthy(ex)


def test_orphan_of_a_call_program(ex: Executor) -> None:
    marker = token("orphan")
    program = src(f"""
        import os
        def add(a, b):
            if os.fork() == 0:
                os.setsid()
                if os.fork() == 0:
                    os.execv("/bin/sleep", ["{marker}", "60"])
                os._exit(0)
            os.wait()
            return a + b
    """)
    results = ex.run(program, ADD_CALL)
    assert outcomes(results) == [O.PASSED] * 3, describe(results)
    assert no_processes_with_marker(marker), processes_with_marker(marker)


# ------------------------------------------------------------------ exit tricks

EXIT_TRICKS = {
    "sys.exit at import": "import sys\nsys.exit(0)\ndef add(a, b):\n    return a + b\n",
    "SystemExit after def": "def add(a, b):\n    return a + b\nraise SystemExit(0)\n",
    "exit() at import": "exit(0)\n",
    "os._exit at import": "import os\nos._exit(0)\n",
    "sys.exit in function": "import sys\ndef add(a, b):\n    sys.exit(0)\n",
    "os._exit in function": "import os\ndef add(a, b):\n    os._exit(0)\n",
    "exit() in function": "def add(a, b):\n    exit(0)\n",
    "KeyboardInterrupt in function": "def add(a, b):\n    raise KeyboardInterrupt\n",
}


@pytest.mark.parametrize("kind", list(EXIT_TRICKS))
def test_exit_tricks_in_call_programs(ex: Executor, kind: str) -> None:
    results = ex.run(EXIT_TRICKS[kind], ADD_CALL)
    none_passed(results)
    all_are(results, O.RUNTIME_ERROR)
    results = ex.run(EXIT_TRICKS[kind], ADD_ARGS)
    none_passed(results)


def test_exit_after_first_answer_in_stdio(ex: Executor) -> None:
    for program in (
        "import sys\nprint(3)\nsys.exit(0)\n",
        "import os\nprint(3, flush=True)\nos._exit(0)\n",
    ):
        results = ex.run(program, ADD_STDIO)
        assert outcomes(results) == [O.PASSED, O.WRONG_ANSWER, O.WRONG_ANSWER], describe(results)


# ------------------------------------------------------------------ __eq__ tricks

EQ_TRICKS = {
    "object": src("""
        class R:
            def __eq__(self, other): return True
            def __ne__(self, other): return False
            __hash__ = object.__hash__
        def add(a, b):
            return R()
    """),
    "int subclass": src("""
        class R(int):
            def __eq__(self, other): return True
            __hash__ = int.__hash__
        def add(a, b):
            return R(0)
    """),
    "list subclass": src("""
        class R(list):
            def __eq__(self, other): return True
        def add(a, b):
            return R()
    """),
    "str subclass": src("""
        class R(str):
            def __eq__(self, other): return True
            __hash__ = str.__hash__
        def add(a, b):
            return R('')
    """),
    "truthy __eq__ result": src("""
        class R:
            def __eq__(self, other): return self
            def __bool__(self): return True
        def add(a, b):
            return R()
    """),
}


@pytest.mark.parametrize("kind", list(EQ_TRICKS))
def test_eq_tricks_are_wrong_answers(ex: Executor, kind: str) -> None:
    all_are(ex.run(EQ_TRICKS[kind], ADD_CALL), O.WRONG_ANSWER)
    all_are(ex.run(EQ_TRICKS[kind], ADD_ARGS), O.WRONG_ANSWER)


# ------------------------------------------------------------------ frame tampering

SNOOP = src("""
    import gc, re, sys, types

    def _collect(obj, out, seen, depth=0):
        if depth > 8 or id(obj) in seen:
            return
        seen.add(id(obj))
        if type(obj) is int:
            out.add(obj)
        elif type(obj) is str:
            out.update(int(m) for m in re.findall(r"\\d+", obj) if len(m) == DIGITS)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for item in list(obj)[:10000]:
                _collect(item, out, seen, depth + 1)
        elif isinstance(obj, dict):
            for k, v in list(obj.items())[:10000]:
                _collect(k, out, seen, depth + 1)
                _collect(v, out, seen, depth + 1)
        elif isinstance(obj, types.CodeType):
            _collect(obj.co_consts, out, seen, depth + 1)
        elif isinstance(obj, types.FunctionType):
            _collect(obj.__code__, out, seen, depth + 1)
            _collect(obj.__defaults__, out, seen, depth + 1)
            for cell in obj.__closure__ or ():
                try:
                    _collect(cell.cell_contents, out, seen, depth + 1)
                except ValueError:
                    pass
        elif isinstance(obj, types.FrameType):
            _collect(obj.f_locals, out, seen, depth + 1)
            _collect(obj.f_globals, out, seen, depth + 1)
            _collect(obj.f_code, out, seen, depth + 1)

    def add(a, b):
        found, seen = set(), set()
        frame = sys._getframe(1)
        while frame is not None:  # every caller: test code, recorder, harness, server
            _collect(frame, found, seen)
            frame = frame.f_back
        if USE_GC:
            gc.unfreeze()
            for obj in gc.get_objects():
                _collect(obj, found, seen, 7)
        hits = sorted(n for n in found if LOW < n < HIGH and n not in (a, b))
        return hits[0] if hits else -1
""")


@pytest.mark.parametrize("use_gc", [False, True], ids=["frames", "frames+gc"])
def test_expected_values_are_not_in_the_child(ex: Executor, use_gc: bool) -> None:
    # Each variant looks for numbers of its own length: the control of one variant
    # plants its number in starter code, which the server keeps (compiled, cached).
    digits = 18 if use_gc else 17
    x, y = big_number(digits), big_number(digits)
    program = (
        SNOOP.replace("USE_GC", repr(use_gc))
        .replace("DIGITS", str(digits))
        .replace("LOW", f"10**{digits - 1}")
        .replace("HIGH", f"10**{digits}")
    )
    tests = [
        f"assert candidate(2, 3) == {x}",
        f"expected = {y}\nassert candidate(4, 5) == expected",
        f"assert add(6, 7) == {x} and add(8, 9) != {y}",
        f"result = candidate(1, 1)\nassert result == {y}, f'wanted {y}, got {{result}}'",
    ]
    results = ex.run(program, call_problem("snoop", "add", tests))
    all_are(results, O.WRONG_ANSWER)
    # Control: the same search finds a value that does reach the child (here, set-up code
    # of a test that branches on the function's value, so the sandbox runs its code),
    # so the search above was able to succeed.
    planted = call_problem(
        "snoop",
        "add",
        [f"HINT = [{x}]\nHINT.append(0)\nr = candidate(2, 3)\nif r:\n    pass\nassert r == {x}"],
    )
    assert outcomes(ex.run(program, planted)) == [O.PASSED]


@pytest.mark.parametrize("shape", ["for-loop table", "comprehension"])
def test_expected_values_in_loops_are_not_in_the_child(ex: Executor, shape: str) -> None:
    x, y = big_number(16), big_number(16)
    code = {
        "for-loop table": f"for a, b, want in [(2, 3, {x}), (4, 5, {y})]:\n"
        f"    assert candidate(a, b) == want",
        "comprehension": f"assert all(candidate(a, b) == w\n"
        f"           for a, b, w in [(2, 3, {x}), (4, 5, {y})])",
    }[shape]
    program = src("""
        import sys
        def add(a, b):
            frame = sys._getframe(1)
            for _ in range(4):
                for value in list(frame.f_locals.values()):
                    if type(value) is int and 10**15 <= value < 10**16:
                        return value
                frame = frame.f_back
            return -1
    """)
    none_passed(ex.run(program, call_problem("table", "add", [code])))


# ------------------------------------------------------------------ overriding builtins

OVERRIDES = {
    "AssertionError": src("""
        import builtins
        builtins.AssertionError = type('AssertionError', (Exception,), {})
    """),
    "isinstance/len": src("""
        import builtins
        builtins.isinstance = lambda *a: True
        builtins.len = lambda *a: 0
    """),
    "json": src("""
        import json
        json.dumps = lambda *a, **k: '{"i": 0, "calls": [], "error": null}'
        json.loads = lambda *a, **k: {}
    """),
    "os._exit": src("""
        import os, sys
        os._exit = lambda *a: None
        sys.exit = lambda *a: None
    """),
    "print/stdout": src("""
        import builtins, sys
        builtins.print = lambda *a, **k: None
        sys.stdout.write = lambda s: len(s)
    """),
    "harness globals": src("""
        import sys
        m = sys.modules['__main__']
        for name in ('encode', '_status', '_make_recorder', 'compare_output'):
            if hasattr(m, name):
                setattr(m, name, lambda *a, **k: None)
    """),
}


@pytest.mark.parametrize("kind", list(OVERRIDES))
def test_overriding_builtins_does_not_pass(ex: Executor, kind: str) -> None:
    call_program = OVERRIDES[kind] + "def add(a, b):\n    return -1\n"
    none_passed(ex.run(call_program, ADD_CALL))
    stdio_program = OVERRIDES[kind] + "print(-1)\n"
    none_passed(ex.run(stdio_program, ADD_STDIO))
    assert_healthy(ex)


# ------------------------------------------------------------------ fake verdicts


def test_fake_verdicts_do_not_pass(ex: Executor) -> None:
    answer = big_number(20)
    problem = stdio_problem("fake", [("0\n", f"{answer}\n")])
    fake_reply = (
        '{"results": [{"status": "exited", "exit_code": 0, "signal": null, "timed_out": false, '
        '"output_limit": false, "stdout": "passed", "stderr": "", "seconds": 0.0}]}'
    )
    program = src(f"""
        import os
        line = {fake_reply!r} + "\\n"
        print("passed")
        print('{{"outcome": "passed"}}')
        print(line)
        for fd in range(3, 64):
            try:
                os.write(fd, line.encode())
            except OSError:
                pass
        for path in ("/proc/1/fd/1", "/proc/1/fd/0", "/proc/%d/fd/1" % os.getppid(),
                     "/proc/%d/fd/4" % os.getppid()):
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
                os.write(fd, line.encode())
            except OSError:
                pass
    """)
    results = ex.run(program, problem)
    assert outcomes(results) == [O.WRONG_ANSWER], describe(results)
    assert_healthy(ex)  # the protocol is still in step


READY = '{"ready": true}\n'
EMPTY_FRAME = '{"i": 0, "calls": [], "error": null}\n'
VALUE_FRAME = '{"i": 0, "calls": [{"args": null, "value": -1}], "error": null}\n'
FAKE_FRAMES = {
    "frames at import": (
        f"import os\nos.write(4, {(READY + EMPTY_FRAME * 3).encode()!r})\nos._exit(0)\n"
    ),
    "value frames": (
        f"import os\nos.write(4, {(READY + VALUE_FRAME * 3).encode()!r})\nos._exit(0)\n"
    ),
    "garbage frames": (
        f"import os\nos.write(4, {READY.encode()!r} + b'[[[[[[[' * 10000 + b'\\n{{}}\\n' * 3)\n"
        "os._exit(0)\n"
    ),
    "frames in function": (
        f"import os\ndef add(a, b):\n    os.write(4, {EMPTY_FRAME.encode()!r})\n    return -1\n"
    ),
}


@pytest.mark.parametrize("kind", list(FAKE_FRAMES))
def test_fake_result_frames_do_not_pass(ex: Executor, kind: str) -> None:
    results = ex.run(FAKE_FRAMES[kind], ADD_CALL)
    none_passed(results)
    assert_healthy(ex)


@pytest.mark.parametrize("kind", list(FAKE_FRAMES))
def test_fake_result_frames_are_the_programs_fault(ex: Executor, kind: str) -> None:
    assert O.SANDBOX_ERROR not in outcomes(ex.run(FAKE_FRAMES[kind], ADD_CALL))


# ------------------------------------------------------------------ recursion


@pytest.mark.parametrize(
    "kind, program, allowed",
    [
        ("plain", "def f(n):\n    return f(n + 1)\nf(0)\n", (O.RUNTIME_ERROR,)),
        (
            "C stack, limit 1e8",
            "import sys\nsys.setrecursionlimit(10**8)\n"
            "def f(n):\n    return max([n], key=lambda x: f(x + 1))\nf(0)\n",
            (O.RUNTIME_ERROR,),
        ),
        # Python 3.11 calls between Python functions use no C stack: with the limit at 1e8
        # this fills the 1 GB address space with frames, which takes longer than the limit.
        (
            "pure Python, limit 1e8",
            "import sys\nsys.setrecursionlimit(10**8)\ndef f(n):\n    return f(n + 1)\nf(0)\n",
            (O.RUNTIME_ERROR, O.TIMEOUT, O.MEMORY_LIMIT),
        ),
    ],
)
def test_recursion_bomb(
    ex: Executor, kind: str, program: str, allowed: tuple[Outcome, ...]
) -> None:
    results, elapsed = timed(lambda: ex.run(program, ADD_STDIO, [0]))
    all_are(results, *allowed)
    assert elapsed < TIMEOUT + 5  # the watchdogs fired; no hang


def test_recursion_bomb_in_a_call_program(ex: Executor) -> None:
    program = src("""
        import sys
        sys.setrecursionlimit(10**8)
        def add(a, b):
            return max([a], key=lambda x: add(x, b))
    """)
    results = ex.run(program, ADD_CALL)
    all_are(results, O.RUNTIME_ERROR)
    assert all("SIGSEGV" in r.detail for r in results), describe(results)
    assert_healthy(ex)


# ------------------------------------------------------------------ time limits

SLOW = {
    "sleep": "import time\ntime.sleep(100)\n",
    "busy loop": "while True:\n    pass\n",
    "ignores signals": src("""
        import signal
        for s in (signal.SIGALRM, signal.SIGTERM, signal.SIGXCPU, signal.SIGINT,
                  signal.SIGHUP, signal.SIGVTALRM, signal.SIGPROF):
            signal.signal(s, signal.SIG_IGN)
        while True:
            pass
    """),
    "blocks signals": src("""
        import signal
        signal.pthread_sigmask(signal.SIG_BLOCK,
                               set(signal.Signals) - {signal.SIGKILL, signal.SIGSTOP})
        while True:
            pass
    """),
    "spins in a thread": src("""
        import threading
        t = threading.Thread(target=lambda: [0 for _ in iter(int, 1)])
        t.start()
        t.join()
    """),
    "stops itself": "import os, signal\nos.kill(os.getpid(), signal.SIGSTOP)\n",
}


@pytest.mark.parametrize("kind", list(SLOW))
def test_timeouts(ex: Executor, kind: str) -> None:
    results, elapsed = timed(lambda: ex.run(SLOW[kind], ADD_STDIO, [0]))
    all_are(results, O.TIMEOUT)
    assert TIMEOUT * 0.9 <= elapsed < TIMEOUT + 4, f"{elapsed:.2f}s"  # given its time, then cut


def test_timeout_ignoring_signals_in_a_call_program(ex: Executor) -> None:
    program = src("""
        import signal
        for s in (signal.SIGALRM, signal.SIGTERM, signal.SIGXCPU):
            signal.signal(s, signal.SIG_IGN)
        def add(a, b):
            while True:
                pass
    """)
    results, elapsed = timed(lambda: ex.run(program, ADD_CALL, [0, 1]))
    all_are(results, O.TIMEOUT)
    assert elapsed < 2 * TIMEOUT + 5
    assert_healthy(ex)


# ------------------------------------------------------------------ stdin


def test_raw_fd0_reads_only_the_test_input(ex: Executor) -> None:
    long_input = "".join(f"{i} {i * i}\n" for i in range(20000))
    cases = [
        ("1 2\n", "4\n"),
        (long_input, f"{len(long_input.encode())}\n"),
        ("", "0\n"),
        ("é\n", "3\n"),
    ]
    program = src("""
        import os
        data = b""
        while True:
            chunk = os.read(0, 4096)
            if not chunk:
                break
            data += chunk
        print(len(data))
    """)
    assert outcomes(ex.run(program, stdio_problem("len", cases))) == [O.PASSED] * 4
    # and no other fd leads back to the server's command pipe
    probe = src("""
        import os
        open_fds = []
        for fd in list(range(3, 4)) + list(range(5, 1024)):
            try:
                os.fstat(fd)
                open_fds.append(fd)
            except OSError:
                pass
        print(len(open_fds), os.read(0, 100).decode().strip())
    """)
    assert outcomes(ex.run(probe, stdio_problem("fds", [("x\n", "0 x\n")]))) == [O.PASSED]


def test_call_program_stdin_is_empty(ex: Executor) -> None:
    program = src("""
        import os, sys
        def peek():
            return os.read(0, 1 << 16) + sys.stdin.buffer.read()
    """)
    problem = call_problem(
        "peek", "peek", ["assert candidate() == b''"] * 2, starter='def peek():\n    """..."""\n'
    )
    assert outcomes(ex.run(program, problem)) == [O.PASSED] * 2


# ------------------------------------------------------------------ peeking at expected outputs

PEEK = src("""
    import gc, os, re, sys, time
    seen_in_input = set(re.findall(r"\\d{20}", sys.stdin.readline()))
    rest_of_input = sys.stdin.read()  # the control's answer; /proc may be empty
    end = time.monotonic() + 0.6
    found = []

    def scan(data):
        if isinstance(data, bytes):
            data = data.decode("latin-1")
        for m in re.findall(r"(?<!\\d)\\d{20}(?!\\d)", data):
            if m not in seen_in_input:
                found.append(m)

    def read(path, limit=1 << 20):
        if time.monotonic() > end:
            return
        try:  # non-blocking: /proc/*/fd/* may be pipes
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        except OSError:
            return
        try:
            scan(os.read(fd, limit))
        except OSError:
            pass
        finally:
            os.close(fd)

    scan(rest_of_input)
    for pid in [p for p in os.listdir("/proc") if p.isdigit()] + ["self", "thread-self"]:
        for part in ("cmdline", "environ", "status", "maps"):
            read("/proc/%s/%s" % (pid, part))
        try:
            for fd in os.listdir("/proc/%s/fd" % pid):
                read("/proc/%s/fd/%s" % (pid, fd))
        except OSError:
            pass
    for root, dirs, files in os.walk("/"):
        if root == "/":
            skip = ("usr", "proc", "sys", "lib", "lib64", "bin", "sbin")
            dirs[:] = [d for d in dirs if d not in skip]
        for name in files:
            if time.monotonic() > end:
                break
            read(os.path.join(root, name))
    for obj in gc.get_objects():
        if time.monotonic() > end + 0.2:
            break
        if isinstance(obj, (dict, list, tuple)):
            try:
                scan(repr(obj)[:100000])
            except Exception:
                pass
    print(found[0] if found else "nothing")
""")


def test_expected_output_cannot_be_found(
    ex: Executor, open_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer, decoy = str(big_number(20)), str(big_number(20))
    # Leave the answer where a leaky sandbox could find it on the host.
    monkeypatch.setenv("WB_EXPECTED", answer)
    planted = [
        Path("/tmp") / f"{token('peek')}.txt",
        Path("/dev/shm") / f"{token('peek')}.txt",
        open_dir / "expected.txt",
    ]
    try:
        for p in planted:
            p.write_text(answer + "\n")
            p.chmod(0o644)
        problem = stdio_problem(
            "peek", [(f"{decoy}\n", f"{answer}\n"), (f"{decoy} 1\n", f"{answer}\n")]
        )
        results = ex.run(PEEK, problem)
        all_are(results, O.WRONG_ANSWER)
        # Control: the same search finds a number that does reach the child (here on the
        # second line of its own input).
        control = stdio_problem("peek", [(f"{decoy}\n{answer}\n", f"{answer}\n")])
        assert outcomes(ex.run(PEEK, control)) == [O.PASSED]
    finally:
        for p in planted:
            p.unlink(missing_ok=True)


# ------------------------------------------------------------------ killing the server

DIES = (O.SANDBOX_ERROR, O.RUNTIME_ERROR)
# In a box (bwrap mode) the program's parent is its box's init, which ignores them: the
# program goes on to print its wrong answer.
SURVIVES = (*DIES, O.WRONG_ANSWER)
KILLERS = {  # program, acceptable outcomes (the tests' answers are 30 and 0, never 3)
    "kill parent": ("import os\nos.kill(os.getppid(), 9)\nprint(3)\n", SURVIVES),
    "kill -1": ("import os\nos.kill(-1, 9)\nprint(3)\n", DIES),
    "SIGTERM parent": (
        "import os, signal\nos.kill(os.getppid(), signal.SIGTERM)\nprint(3)\n",
        SURVIVES,
    ),
    "kill pid 1": ("import os\nos.kill(1, 9)\nprint(3)\n", (*DIES, O.WRONG_ANSWER)),
    "orphan kills everything": (
        "import os, time\nif os.fork() == 0:\n    os.setsid()\n    time.sleep(0.05)\n"
        "    os.kill(-1, 9)\n    os._exit(0)\nprint(3)\n",
        (*DIES, O.WRONG_ANSWER),
    ),
}


@pytest.mark.parametrize("kind", list(KILLERS))
def test_killing_the_server(ex: Executor, kind: str) -> None:
    program, allowed = KILLERS[kind]
    results, elapsed = timed(lambda: ex.run(program, ADD_STDIO, [1, 2]))
    none_passed(results)
    all_are(results, *allowed)
    assert elapsed < 8  # detected, not left to the reply budget (over 13 s here)
    assert_healthy(ex)


def test_killing_the_server_from_a_call_program(ex: Executor) -> None:
    program = "import os\ndef add(a, b):\n    os.kill(os.getppid(), 9)\n    return a - b\n"
    results = ex.run(program, ADD_CALL)
    none_passed(results)
    all_are(results, O.SANDBOX_ERROR, O.RUNTIME_ERROR, O.WRONG_ANSWER)
    assert_healthy(ex)


def test_stopping_the_server(ex: Executor) -> None:
    program = "import os, signal\nos.kill(os.getppid(), signal.SIGSTOP)\nprint(3)\n"
    results, elapsed = timed(lambda: ex.run(program, ADD_STDIO, [1]))
    none_passed(results)
    assert_healthy(ex)
    # Detected, not left to the reply budget, (tests + 1) * (timeout + 0.5) + 10 = 13 s.
    assert elapsed < 8, f"{elapsed:.1f}s for a {TIMEOUT}s limit; {describe(results)}"
