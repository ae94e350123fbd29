"""Process and file hygiene for the fork server (sandbox side, stdlib only, 3.8+):
subreaping, killing everything a program spawned, wiping what it wrote."""

import os
import random
import select
import signal
import stat
import time

_LIBC = []  # type: list


def libc():
    if not _LIBC:
        import ctypes

        _LIBC.append(ctypes.CDLL(None, use_errno=True))
    return _LIBC[0]


def set_subreaper_and_undumpable():
    try:
        lib = libc()
        lib.prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER: orphans come back to us
        lib.prctl(4, 0, 0, 0, 0)  # PR_SET_DUMPABLE=0: children can't open our fds via /proc
    except Exception:
        pass


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


# A chain deeper than this is moved up to the top directory in pieces, so the wipe holds at
# most this many directory descriptors and never builds a path (PATH_MAX cannot stop it).
_WIPE_DEPTH = 16


def wipe(directory, keep=None, mode=0o700, deadline=None):
    """Delete everything inside `directory` (but the entry named `keep`), whatever the
    depth, links or permissions a program left there, and give the directory back its
    mode, times and extended attributes. Every step is relative to an open directory
    descriptor and never follows a link. False if `deadline` (monotonic) passed first:
    then the caller replaces the whole sandbox instead."""
    try:  # its mode first: a program may have left it unreadable (it is ours, not a link)
        os.chmod(directory, mode, follow_symlinks=False)
    except (OSError, NotImplementedError):
        pass
    try:
        top = os.open(directory, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW)
    except OSError:
        return True
    try:
        os.fchmod(top, mode)
        state = {"moved": 0, "deadline": deadline}
        while True:  # chains moved up to the top are emptied on the next pass
            names = [n for n in os.listdir(top) if n != keep]
            if not names:
                break
            if not _empty_entries(top, top, names, 0, state):
                return False
        reset_metadata(top)
        return True
    except OSError:
        return False
    finally:
        os.close(top)


def _empty_entries(top, fd, names, depth, state):
    for name in names:
        if state["deadline"] is not None and time.monotonic() > state["deadline"]:
            return False
        try:
            st = os.stat(name, dir_fd=fd, follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(st.st_mode):
            _quietly(os.unlink, name, dir_fd=fd)
            continue
        if depth >= _WIPE_DEPTH:
            state["moved"] += 1
            target = ".wipe-%d-%d" % (os.getpid(), state["moved"])
            _quietly(os.rename, name, target, src_dir_fd=fd, dst_dir_fd=top)
            continue
        _quietly(os.chmod, name, 0o700, dir_fd=fd)  # lstat said: a directory, not a link
        try:
            sub = os.open(name, os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW, dir_fd=fd)
        except OSError:
            continue
        try:
            if not _empty_entries(top, sub, os.listdir(sub), depth + 1, state):
                return False
        finally:
            os.close(sub)
        _quietly(os.rmdir, name, dir_fd=fd)
    return True


def reset_metadata(fd):
    """Times and extended attributes of a directory that outlives programs: a program
    could write a message into them (`os.utime`, `user.*` xattrs) for the next one."""
    try:
        for attr in os.listxattr(fd):
            _quietly(os.removexattr, fd, attr)
    except OSError:
        pass
    _quietly(os.utime, fd, ns=(0, 0))


def _quietly(function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except OSError:
        pass


def box_init(fork):
    """Called as pid 1 of a fresh box: fork the program's process (which returns from
    this call) and stay behind as the box's init. A program that is pid 1 would ignore
    every signal it sends itself (SIGSTOP, SIGKILL, an alarm); as pid 2 it dies of them
    as anywhere else. Init hands the program's wait status to the server on fd 5 and
    exits with it: the kernel then kills whatever the program left behind. `fork` is a
    bare fork without Python's hooks: the one the program needs, a new seed for
    `random` (as os.fork gives every child), is done here."""
    pid = fork()
    if pid == 0:
        os.close(5)
        random.seed()
        return
    for fd in (0, 1, 2, 4):  # the pipes report end of output when the program's copies close
        os.close(fd)
    while True:
        try:
            done, status = os.waitpid(-1, 0)
        except ChildProcessError:
            os._exit(0)
        if done == pid:
            # Everything the program left running is killed before anyone hears it ended,
            # so nothing of it can act while the next program starts (the kernel reaps it
            # with the box, after the server has moved on).
            try:
                os.kill(-1, signal.SIGKILL)  # all of the box but its init
            except OSError:
                pass
            os.write(5, b"%d\n" % status)
            os._exit(0)


class Child:
    """Parent-side handle (within the server) of one forked child."""

    def __init__(self, pid, out_r, err_r, res_r, limits, status_r=None):
        self.pid, self.limits, self.status_r = pid, limits, status_r
        self.out_r, self.err_r, self.res_r = out_r, err_r, res_r
        self.stdout, self.stderr, self.res = bytearray(), bytearray(), bytearray()
        self.open = {out_r: self.stdout, err_r: self.stderr, res_r: self.res}
        self.total = {}
        self.status = None  # the program's wait status, once known
        # In a box the child is the box's init: it hands the program's status over on
        # `status_r` and then exits, and its exit waits for the kernel to take the box
        # apart. The server reaps it later (`unreaped`), so that wait overlaps the next job.
        self.unreaped = True
        if status_r is not None:
            os.set_blocking(status_r, False)
        self.timed_out = self.flooded = False
        self.start = time.monotonic()

    def _pump(self, deadline):
        """Read whatever is ready; False once the deadline passed or output overflowed."""
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            self.timed_out = True
            return False
        watched = list(self.open) + ([self.status_r] if self.status_r is not None else [])
        if not watched:
            time.sleep(min(remaining, 0.001))
            return True
        ready = select.select(watched, [], [], min(remaining, 0.02))[0]
        for fd in ready:
            if fd == self.status_r:
                continue  # read by `_reap`
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
        if self.status is None and self.status_r is not None:
            self.status = self._handed_over()
        if self.status is None:
            pid, status = os.waitpid(self.pid, 0 if block else os.WNOHANG)
            if pid:
                self.unreaped = False
                handed = self._handed_over() if self.status_r is not None else None
                self.status = handed if handed is not None else status
        return self.status is not None

    def _handed_over(self):
        """The program's wait status as the box's init passed it on, if it has."""
        try:
            text = os.read(self.status_r, 64).decode()
            return int(text) if text.strip() else None
        except (OSError, ValueError):
            return None

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
        # The program may have just ended (its pipes closed) with init about to pass its
        # status on: a moment's wait, so that a crash is not reported as our SIGKILL.
        boxed = self.status is None and self.status_r is not None
        if boxed and select.select([self.status_r], [], [], 0.05)[0]:
            self._reap()
        if self.status is None:
            try:
                os.killpg(self.pid, signal.SIGKILL)
            except OSError:
                pass
            if boxed:  # killed by us: reaped later with the box
                self.status = signal.SIGKILL
            else:
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
        for fd in (self.out_r, self.err_r, self.res_r, self.status_r):
            if fd is None:
                continue
            try:
                os.close(fd)
            except OSError:
                pass


def memfd(text):
    fd = os.memfd_create("data")
    data = text.encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.lseek(fd, 0, 0)
    return fd
