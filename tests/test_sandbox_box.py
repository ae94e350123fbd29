"""Second round of attacks: the worker's pipes, state one program leaves for the next, and
what the per-program box denies (workbench/execution/box.py, seccomp_filter.py).

Cross-program cases run two programs in a row on ONE worker, as a run does: a correct
program (it prints the answer) tries to leave the answer behind through one channel, and
a wrong program (it cannot compute the answer) tries to read it back. The wrong program
must not pass, and the executor must stay healthy.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_sandbox_attacks import (
    ADD_STDIO,
    HONEST_STDIO,
    LIMITS,
    O,
    assert_healthy,
    describe,
    outcomes,
    src,
    stdio_problem,
)

from workbench.execution import Executor, Limits
from workbench.execution.cgroups import hierarchy
from workbench.execution.processes import wipe
from workbench.execution.worker import VERDICT_RULES, sandbox_facts

pytestmark = pytest.mark.timeout(180)
RNG = random.Random()
LOWERED = resource.RLIMIT_NOFILE


@pytest.fixture(scope="module")
def one() -> Iterator[Executor]:
    """One worker: every program runs on the same fork server as the one before it."""
    executor = Executor(workers=1, limits=LIMITS)
    try:
        yield executor
    finally:
        executor.close()


@pytest.fixture(scope="module")
def wiped() -> Iterator[Executor]:
    """One worker without the per-program box: its scratch is wiped after every program
    (where the kernel refuses the namespaces the box needs)."""
    executor = Executor(workers=1, limits=LIMITS, box=False)
    try:
        yield executor
    finally:
        executor.close()


def hello(ex: Executor) -> dict[str, object]:
    worker = ex._idle.get()
    try:
        if worker.proc is None:
            worker.start()
        return dict(worker.hello)
    finally:
        ex._idle.put(worker)


def test_programs_run_in_a_fresh_box(one: Executor) -> None:
    facts = hello(one)
    assert facts["pid1"] is True, facts  # the server is pid 1 of bubblewrap's namespace
    assert facts["box"] is True, facts["box_error"]
    assert facts["seccomp"] is True, facts


# ------------------------------------------------------------------ channels between programs

LIBC = "import ctypes, os\nlibc = ctypes.CDLL(None, use_errno=True)\n"
SYSV_KEY = 0x5742
# name: (what the correct program does with the answer A, what the wrong one reads back)
CHANNELS = {
    "xattr on /tmp": (
        "os.setxattr('/tmp', 'user.wb', str(A).encode())",
        "print(os.getxattr('/tmp', 'user.wb').decode())",
    ),
    "xattr on /dev/shm": (
        "os.setxattr('/dev/shm', 'user.wb', str(A).encode())",
        "print(os.getxattr('/dev/shm', 'user.wb').decode())",
    ),
    "xattr on the working directory": (
        "os.setxattr('.', 'user.wb', str(A).encode())",
        "print(os.getxattr('.', 'user.wb').decode())",
    ),
    "mtime of /tmp": ("os.utime('/tmp', ns=(A, A))", "print(os.stat('/tmp').st_mtime_ns)"),
    "mtime of /dev/shm": (
        "os.utime('/dev/shm', ns=(A, A))",
        "print(os.stat('/dev/shm').st_mtime_ns)",
    ),
    "mode of /tmp": (
        "os.chmod('/tmp', 0o700 | (A % 2) << 11)",  # one bit, setgid
        "print(A_IF_BIT(os.stat('/tmp').st_mode & 0o4000))",
    ),
    "file in /tmp": ("open('/tmp/.a', 'w').write(str(A))", "print(open('/tmp/.a').read())"),
    "file in /dev/shm": (
        "open('/dev/shm/.a', 'w').write(str(A))",
        "print(open('/dev/shm/.a').read())",
    ),
    "SysV shared memory": (
        LIBC + f"i = libc.shmget({SYSV_KEY}, 64, 0o1666)\n"
        "libc.shmat.restype = ctypes.c_void_p\n"
        "p = libc.shmat(i, None, 0)\n"
        "if i >= 0 and p not in (None, 2**64 - 1): ctypes.memmove(p, str(A).encode(), 12)",
        LIBC + f"i = libc.shmget({SYSV_KEY}, 0, 0)\n"
        "libc.shmat.restype = ctypes.c_void_p\n"
        "p = libc.shmat(i, None, 0)\n"
        "print(ctypes.string_at(p, 12).decode() if i >= 0 and p not in (None, 2**64 - 1) else 0)",
    ),
    "SysV message queue": (
        LIBC + f"q = libc.msgget({SYSV_KEY}, 0o1666)\n"
        "m = ctypes.create_string_buffer(8 + 16)\nctypes.memmove(m, b'\\x01', 1)\n"
        "ctypes.memmove(ctypes.addressof(m) + 8, str(A).encode(), 12)\n"
        "libc.msgsnd(q, m, 16, 0o4000)",
        LIBC + f"q = libc.msgget({SYSV_KEY}, 0)\nm = ctypes.create_string_buffer(8 + 16)\n"
        "libc.msgrcv(q, m, 16, 0, 0o4000)\nprint(m.raw[8:20].decode())",
    ),
    "SysV semaphores": (
        LIBC + f"s = libc.semget({SYSV_KEY}, 3, 0o1666)\n"
        "for k in range(3): libc.semctl(s, k, 16, (A // 10**(4*k)) % 10**4)",  # SETVAL
        LIBC + f"s = libc.semget({SYSV_KEY}, 3, 0)\n"
        "print(sum(libc.semctl(s, k, 12) * 10**(4*k) for k in range(3)))",  # GETVAL
    ),
    "POSIX message queue": (
        "import ctypes\nrt = ctypes.CDLL('librt.so.1', use_errno=True)\n"
        "q = rt.mq_open(b'/wb', os.O_CREAT | os.O_RDWR, 0o600, None)\n"
        "rt.mq_send(q, str(A).encode(), 12, 0)",
        "import ctypes\nrt = ctypes.CDLL('librt.so.1', use_errno=True)\n"
        "q = rt.mq_open(b'/wb', os.O_RDONLY | os.O_NONBLOCK)\n"
        "b = ctypes.create_string_buffer(8192)\nrt.mq_receive(q, b, 8192, None)\n"
        "print(b.value.decode())",
    ),
    "user keyring": (
        LIBC + "libc.syscall(248, b'user', b'wb', str(A).encode(), 12, -4)",  # add_key
        LIBC + "k = libc.syscall(250, 10, -4, b'user', b'wb', 0)\n"  # keyctl(SEARCH)
        "b = ctypes.create_string_buffer(64)\nlibc.syscall(250, 11, k, b, 64)\n"  # READ
        "print(b.value.decode())",
    ),
    "a process left behind": (
        "import socket, time\nif os.fork() == 0:\n    os.setsid()\n"
        "    s = socket.socket(socket.AF_UNIX)\n    s.bind('\\0wb-answer')\n    s.listen()\n"
        "    while True:\n        c = s.accept()[0]\n        c.sendall(str(A).encode())\n"
        "        c.close()\ntime.sleep(0.1)",
        "import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect('\\0wb-answer')\n"
        "print(s.recv(64).decode())",
    ),
}


def _program(body: str, answer: int | None) -> str:
    head = "import os\n"
    if answer is not None:
        head += f"A = {answer}\nprint(A, flush=True)\n"
    else:
        head += f"A_IF_BIT = lambda bit: {RNG.randrange(10**11, 10**12)} if bit else 0\n"
    return head + "try:\n" + textwrap.indent(body, "    ") + "\nexcept Exception:\n    pass\n"


@pytest.mark.parametrize("mode", ["one", "wiped"], ids=["box", "wipe"])
@pytest.mark.parametrize("channel", list(CHANNELS))
def test_no_channel_between_programs(
    request: pytest.FixtureRequest, mode: str, channel: str
) -> None:
    one: Executor = request.getfixturevalue(mode)
    if mode == "wiped":
        assert hello(one)["box"] is False
    leave, take = CHANNELS[channel]
    answer = RNG.randrange(10**11, 10**12)
    problem = stdio_problem("leak", [("go\n", f"{answer}\n")])
    sender = _program(leave, answer)
    assert outcomes(one.run(sender, problem)) == [O.PASSED]
    results = one.run(_program(take, None), problem)
    assert outcomes(results) == [O.WRONG_ANSWER], describe(results)
    assert_healthy(one)


def test_counters_start_over_for_every_program(one: Executor) -> None:
    """A pid or an inode number would tell a program how many processes or files the one
    before it made: in a fresh box both start from the same place every time."""
    program = src("""
        import os
        f = os.open('/tmp/probe', os.O_CREAT | os.O_WRONLY)
        g = os.open('/dev/shm/probe', os.O_CREAT | os.O_WRONLY)
        print(os.getpid(), os.fstat(f).st_ino, os.fstat(g).st_ino, flush=True)
        for i in range(40):
            if os.fork() == 0:
                os._exit(0)
            os.wait()
        for i in range(300):
            open('/tmp/f%d' % i, 'w').close()
    """)
    seen = {one.outputs(program, [""])[0][1] for _ in range(3)}
    assert len(seen) == 1, seen


FLOODS = {
    "a chain deeper than PATH_MAX": src("""
        import os
        fd = os.open('/tmp', os.O_RDONLY)
        for _ in range(40):
            os.mkdir('d' * 200, dir_fd=fd)
            fd = os.open('d' * 200, os.O_RDONLY, dir_fd=fd)
        print(3)
    """),
    "thousands of files": src("""
        import os
        for i in range(20000):
            os.close(os.open('/tmp/%d' % i, os.O_CREAT | os.O_WRONLY))
        print(3)
    """),
    "a full /tmp and /dev/shm": src("""
        for where in ('/tmp/fill', '/dev/shm/fill'):
            try:
                with open(where, 'wb') as f:
                    while True:
                        f.write(b'x' * 2**20)
            except OSError:
                pass
        print(3)
    """),
}


@pytest.mark.parametrize("mode", ["one", "wiped"], ids=["box", "wipe"])
@pytest.mark.parametrize("flood", list(FLOODS))
def test_what_a_program_leaves_costs_the_next_nothing(
    request: pytest.FixtureRequest, mode: str, flood: str
) -> None:
    one: Executor = request.getfixturevalue(mode)
    assert outcomes(one.run(FLOODS[flood], ADD_STDIO, [0])) == [O.PASSED]  # answer 3
    # Without a box the program's working directory is /tmp/run, wiped but kept.
    program = (
        "import os\nleft = [n for n in os.listdir('/tmp') if n != 'run']\n"
        "print(len(left) + len(os.listdir('/dev/shm')) + len(os.listdir('.')) + 3)\n"
    )
    start = time.monotonic()
    results = one.run(program, ADD_STDIO, [0])
    assert outcomes(results) == [O.PASSED], describe(results)  # both empty: prints 3
    assert time.monotonic() - start < 2.0


# ------------------------------------------------------------------ what the box denies

DENIED = {
    "ptrace the parent": LIBC + "r = libc.ptrace(16, os.getppid(), 0, 0)",  # ATTACH
    "ptrace pid 1": LIBC + "r = libc.ptrace(16, 1, 0, 0)",
    "pidfd_getfd": LIBC + "p = libc.syscall(434, os.getppid(), 0)\n"
    "r = libc.syscall(438, p, 1, 0) if p >= 0 else -1",
    "process_vm_readv": LIBC + "r = libc.syscall(310, 1, 0, 0, 0, 0, 0)\n"
    "r = -1 if ctypes.get_errno() == 1 else 0",
    "prlimit on pid 1": "import resource\n"
    "resource.prlimit(1, resource.RLIMIT_NPROC, (1, 1)); r = 0",
    "prlimit on the parent": "import resource\n"
    "resource.prlimit(os.getppid(), resource.RLIMIT_NOFILE, (3, 3)); r = 0",
    "unshare a user namespace": LIBC + "r = libc.unshare(0x10000000)",
    "mount a tmpfs": LIBC + "r = libc.mount(b'x', b'/tmp', b'tmpfs', 0, None)",
    "memfd": "os.memfd_create('x'); r = 0",
    "SysV shm": LIBC + "r = libc.shmget(0, 4096, 0o1600)",
    "POSIX mq": "import ctypes\nrt = ctypes.CDLL('librt.so.1')\n"
    "r = rt.mq_open(b'/x', os.O_CREAT | os.O_RDWR, 0o600, None)",
    "keyring": LIBC + "r = libc.syscall(248, b'user', b'x', b'1', 1, -4)",
    "an internet socket": "import socket\nsocket.socket(socket.AF_INET); r = 0",
    "a netlink socket": "import socket\nsocket.socket(socket.AF_NETLINK, socket.SOCK_RAW); r = 0",
    "an xattr": "os.setxattr('/tmp', 'user.x', b'1'); r = 0",
    "io_uring": LIBC + "b = ctypes.create_string_buffer(120)\nr = libc.syscall(425, 1, b)",
    "perf_event_open": LIBC + "b = ctypes.create_string_buffer(128)\n"
    "r = libc.syscall(298, b, 0, -1, -1, 0)",
    "clone into a new namespace": LIBC + "r = libc.syscall(56, 0x10000000 | 17, 0, 0, 0, 0)\n"
    "if r == 0: os._exit(0)",
}


def test_the_box_denies(one: Executor) -> None:
    checks = "".join(
        "try:\n"
        + textwrap.indent(code + "\nif isinstance(r, int) and r < 0: raise OSError()", "    ")
        + f"\n    print({name!r})\nexcept Exception:\n    pass\n"
        for name, code in DENIED.items()
    )
    program = "import os\n" + checks + "print('done')\n"
    outcome, stdout, detail, _ = one.outputs(program, [""])[0]
    assert outcome is O.PASSED, detail
    assert stdout.split("\n") == ["done", ""], f"allowed: {stdout}"


def test_system_calls_of_another_abi_are_refused(one: Executor) -> None:
    """A filter written for x86-64 calls would not see the i386 ones (`int 0x80`): a
    process that makes one is killed instead."""
    if os.uname().machine != "x86_64":
        pytest.skip("x86-64 only")
    program = src("""
        import ctypes, mmap
        code = bytes([0xB8, 26, 0, 0, 0, 0xCD, 0x80, 0xC3])  # eax = ptrace (i386); int 0x80
        m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)
        m.write(code)
        call = ctypes.CFUNCTYPE(ctypes.c_long)(ctypes.addressof(ctypes.c_char.from_buffer(m)))
        call()
        print(3)
    """)
    results = one.run(program, ADD_STDIO, [0])  # answer 3
    assert outcomes(results) == [O.RUNTIME_ERROR], describe(results)
    assert "SIGSYS" in results[0].detail


def test_inodes_are_capped(one: Executor) -> None:
    program = src("""
        import os
        n = 0
        try:
            while n < 100000:
                os.close(os.open('/dev/shm/%d' % n, os.O_CREAT | os.O_WRONLY)); n += 1
        except OSError:
            pass
        print(n)
    """)
    outcome, stdout, detail, _ = one.outputs(program, [""])[0]
    assert outcome is O.PASSED, detail
    assert int(stdout) <= 4096


def test_the_box_still_allows_what_programs_use(one: Executor) -> None:
    program = src("""
        import multiprocessing as mp, os, socket, subprocess, sys, threading
        a, b = socket.socketpair()
        a.sendall(b'x'); assert b.recv(1) == b'x'
        t = threading.Thread(target=lambda: None); t.start(); t.join()
        q = mp.Queue(); p = mp.Process(target=q.put, args=(6,)); p.start()
        assert q.get() == 6; p.join()
        out = subprocess.run([sys.executable, '-c', 'print(7)'], capture_output=True)
        assert out.stdout == b'7\\n'
        open('/tmp/scratch', 'w').write('ok')
        print(int(input()) * 2)
    """)
    results = one.run(program, stdio_problem("uses", [("21\n", "42\n")]))
    assert outcomes(results) == [O.PASSED], describe(results)


def test_memory_outside_the_address_space_limit_is_bounded(one: Executor) -> None:
    program = src("""
        import os
        n = 0
        try:
            with open('/dev/shm/big', 'wb') as f:
                for _ in range(1024):
                    f.write(b'x' * 2**20); n += 1
        except OSError:
            pass
        pipes = 0
        try:
            while True:
                os.pipe(); pipes += 1
        except OSError:
            pass
        print(n, pipes)
    """)
    outcome, stdout, detail, _ = one.outputs(program, [""])[0]
    assert outcome is O.PASSED, detail
    shm_mb, pipes = map(int, stdout.split())
    assert shm_mb <= 64 and pipes <= 64, stdout


# ------------------------------------------------------------------ signals a program sends itself

SELF_SIGNALS = {
    "SIGKILL after the answer": "import os\nprint(3, flush=True)\nos.kill(os.getpid(), 9)\n",
    "SIGSTOP after the answer": "import os\nprint(3, flush=True)\nos.kill(os.getpid(), 19)\n",
    "alarm after the answer": "import signal, time\nprint(3, flush=True)\nsignal.alarm(1)\n"
    "time.sleep(5)\n",
}


@pytest.mark.parametrize("kind", list(SELF_SIGNALS))
def test_a_program_that_signals_itself_is_not_immune(one: Executor, kind: str) -> None:
    """In its box the program is not pid 1 (a pid 1 ignores its own signals): one that
    prints the right answer and then kills or stops itself does not pass."""
    results = one.run(SELF_SIGNALS[kind], ADD_STDIO, [0])  # answer 3
    assert outcomes(results)[0] in (O.RUNTIME_ERROR, O.TIMEOUT), describe(results)


# ------------------------------------------------------------------ the worker's pipe


def test_a_stray_reply_on_the_pipe_changes_no_verdict(one: Executor) -> None:
    """Something wrote a reply of its own onto the worker's pipe: the next job's answer
    would be that line. Its nonce differs, so the worker is replaced and the job rerun."""
    worker = one._idle.get()
    try:
        if worker.proc is None:
            worker.start()
        fake = b'{"results": [{"status": "exited", "exit_code": 0, "stdout": "3\\n"}]}\n'
        worker.buffer += fake
        old = worker.proc
    finally:
        one._idle.put(worker)
    results = one.run("print(4)", ADD_STDIO, [0])  # answer 3
    assert outcomes(results) == [O.WRONG_ANSWER], describe(results)
    assert worker.proc is not old
    assert outcomes(one.run(HONEST_STDIO, ADD_STDIO)) == [O.PASSED] * 3


def test_changed_server_limits_retire_the_server(one: Executor) -> None:
    """Were a program to lower the fork server's limits, every later program would run
    under them: the parent compares them after every job and replaces such a server."""
    worker = one._idle.get()
    try:
        if worker.proc is None:
            worker.start()
        old = worker.proc
        assert worker.server_pid is not None
        # As the program would: from the server's own uid (limits are per process, and a
        # process may change those of another with its uid).
        uid = os.stat(f"/proc/{worker.server_pid}").st_uid
        code = f"import resource; resource.prlimit({worker.server_pid}, {LOWERED!r}, (64, 64))"
        subprocess.run(
            [one.isolation.python, "-c", code],
            check=True,
            **({"user": uid, "group": uid, "extra_groups": []} if uid != os.geteuid() else {}),
        )
    finally:
        one._idle.put(worker)
    assert outcomes(one.run(HONEST_STDIO, ADD_STDIO)) == [O.PASSED] * 3
    assert worker.proc is not old


# ------------------------------------------------------------------ the wipe (fallback mode)


def test_wipe_survives_depth_links_and_permissions(tmp_path: Path) -> None:
    box, outside = tmp_path / "box", tmp_path / "outside"
    box.mkdir()
    outside.mkdir()
    (outside / "keep.txt").write_text("x")
    # A chain deeper than PATH_MAX, built relative to directory descriptors as a program can.
    fd = os.open(box, os.O_RDONLY)
    for _ in range(60):
        name = "d" * 200
        os.mkdir(name, dir_fd=fd)
        nxt = os.open(name, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = nxt
    os.close(fd)
    (box / "locked").mkdir()
    (box / "locked" / "inner").mkdir()
    (box / "locked" / "inner" / "f").write_text("x")
    os.chmod(box / "locked" / "inner", 0)
    os.chmod(box / "locked", 0)
    (box / "link").symlink_to(outside)
    (box / "keep-me").mkdir()
    os.setxattr(box, "user.note", b"hello")
    assert wipe(str(box), keep="keep-me")
    assert sorted(os.listdir(box)) == ["keep-me"]
    assert (outside / "keep.txt").exists()
    assert os.listxattr(box) == []
    assert os.stat(box).st_mtime_ns == 0


def test_wipe_gives_up_at_its_deadline(tmp_path: Path) -> None:
    for i in range(2000):
        (tmp_path / f"f{i}").touch()
    assert wipe(str(tmp_path), deadline=0.0) is False  # long past: the caller recycles
    assert wipe(str(tmp_path)) is True
    assert os.listdir(tmp_path) == []


# ------------------------------------------------------------------ memory that counts

FORKED_HOG = src("""
    import os
    kids = []
    for _ in range(8):  # each under the address-space limit, together far over it
        pid = os.fork()
        if pid == 0:
            block = bytearray(200 * 2**20)
            for i in range(0, len(block), 4096):
                block[i] = 1
            os._exit(0)
        kids.append(pid)
    for pid in kids:
        os.waitpid(pid, 0)
    print(3)
""")


def test_memory_is_bounded_across_a_programs_processes() -> None:
    found, why = hierarchy()
    if found is None:
        pytest.skip(f"no memory control group on this machine: {why}")
    with Executor(workers=1, limits=Limits(timeout_s=5.0, memory_mb=256)) as ex:
        results = ex.run(FORKED_HOG, ADD_STDIO, [0])  # answer 3
        assert outcomes(results) == [O.MEMORY_LIMIT], describe(results)
        one_block = "b = bytearray(150 * 2**20)\nb[::4096] = b'x' * len(b[::4096])\nprint(3)\n"
        assert outcomes(ex.run(one_block, ADD_STDIO, [0])) == [O.PASSED]
        assert outcomes(ex.run(HONEST_STDIO, ADD_STDIO)) == [O.PASSED] * 3


def test_the_runs_config_says_what_protects_it() -> None:
    facts = sandbox_facts()
    assert facts["mode"] == "bwrap" and facts["server_is_pid_1"], facts
    assert facts["fresh_box_per_program"] and facts["seccomp"], facts
    assert facts["verdict_rules"] == VERDICT_RULES
    found, _ = hierarchy()
    assert str(facts["memory"]).startswith("cgroup" if found else "RLIMIT_AS"), facts


def test_a_program_gets_the_usual_sigint(one: Executor) -> None:
    """The server ignores SIGINT (as pid 1 a handler would be its weak spot); a program
    must still get Python's KeyboardInterrupt, as anywhere else."""
    program = src("""
        import os, signal, time
        try:
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(0.5)
        except KeyboardInterrupt:
            print(3)
    """)
    results = one.run(program, ADD_STDIO, [0])
    assert outcomes(results) == [O.PASSED], describe(results)
