"""Process and file hygiene for the fork server (sandbox side, stdlib only, 3.8+):
subreaping, killing everything a program spawned, wiping what it wrote."""

import os
import signal
import stat

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


def remove_tree(path):
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


def wipe(directory, keep=None, mode=0o700):
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
            remove_tree(full)


def memfd(text):
    fd = os.memfd_create("data")
    data = text.encode()
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.lseek(fd, 0, 0)
    return fd
