"""A fresh box for every program (sandbox side, stdlib only, 3.8+).

The fork server starts each program in a process cloned straight into new user, mount,
IPC and pid namespaces (isolate's and nsjail's way, one level down from bubblewrap's
box): the program runs under a tiny init (`processes.box_init`) in an empty pid namespace
(no pid counter or process of an earlier program to see), gets a new tmpfs on /tmp and
/dev/shm (no file, inode counter,
extended attribute or timestamp left by an earlier program), an empty /proc, and its own
System V / POSIX IPC namespace. All of it is freed by the kernel when the program's last
process dies, so nothing needs wiping. Then every capability is dropped, no process of
the box can gain one again (no_new_privs, a non-root uid), and the seccomp filter built
by the parent (`seccomp_filter.py`) is installed: the program cannot trace, signal or
lower the limits of anything outside itself, create namespaces, mount, or use SysV IPC,
message queues, keyrings, memfds or any socket but a Unix one.
"""

import ctypes
import os
import platform

CLONE_NEWNS = 0x00020000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
BOX_FLAGS = CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWIPC | CLONE_NEWPID
_SIGCHLD = 17
_SYS_CLONE = {"x86_64": 56, "aarch64": 220}
_MS_NOSUID, _MS_NODEV, _MS_NOEXEC, _MS_RDONLY = 2, 4, 8, 1
_MS_REC, _MS_PRIVATE = 1 << 14, 1 << 18
_PR_SET_DUMPABLE, _PR_SET_SECCOMP, _PR_SET_NO_NEW_PRIVS = 4, 22, 38
_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
_SECCOMP_MODE_FILTER = 2
_SYS_SECCOMP = {"x86_64": 317, "aarch64": 277}
_SECCOMP_SET_MODE_FILTER, _SECCOMP_FILTER_FLAG_SPEC_ALLOW = 1, 4
_CAPABILITY_VERSION_3 = 0x20080522


class BoxError(Exception):
    """The box could not be set up (the program never ran)."""


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


class BoxMaker:
    """Made once in the server (before any program runs); used in every forked child."""

    def __init__(self, config):
        self.libc = ctypes.CDLL(None, use_errno=True)
        self.libc.syscall.restype = ctypes.c_long
        for name in ("prctl", "capset", "mount", "syscall"):  # looked up once, not per child
            getattr(self.libc, name)
        self.uid, self.gid = os.getuid(), os.getgid()
        self.scratch_bytes = int(config["scratch_bytes"])
        self.shm_bytes = int(config["shm_bytes"])
        self.sys_clone = _SYS_CLONE.get(platform.machine())
        self.sys_seccomp = _SYS_SECCOMP.get(platform.machine())
        self.memory_group = bool(config.get("memory_group"))
        bpf = bytes.fromhex(config.get("seccomp") or "")
        # Kept alive for the server's life: every child points the kernel at this buffer.
        self.bpf = ctypes.create_string_buffer(bpf, len(bpf) or 1)
        self.prog = _SockFprog(len(bpf) // 8, ctypes.addressof(self.bpf)) if bpf else None

    def fork(self):
        """fork(), but the child starts in new namespaces as pid 1 of its own. Python's
        os.fork bookkeeping is for threads and locks a single-threaded server has none of."""
        if self.sys_clone is None:
            raise BoxError("no clone syscall number for %s" % platform.machine())
        pid = self.libc.syscall(self.sys_clone, BOX_FLAGS | _SIGCHLD, 0, 0, 0, 0)
        if pid < 0:
            err = ctypes.get_errno()
            raise BoxError("clone into new namespaces: %s" % os.strerror(err))
        return pid

    def plain_fork(self):
        """fork() as a bare system call, without Python's after-fork hooks (a measurable
        part of the box's cost; the one hook a program needs is redone by `box_init`)."""
        pid = self.libc.syscall(self.sys_clone, _SIGCHLD, 0, 0, 0, 0)
        if pid < 0:
            raise BoxError("fork: %s" % os.strerror(ctypes.get_errno()))
        return pid

    def enter(self):
        """In the cloned child: map our uid, mount the fresh file systems, then give up
        every privilege for good."""
        # The server is not dumpable, so neither is this copy of it, and /proc/self then
        # belongs to nobody: dumpable just long enough to write our own maps.
        self.libc.prctl(_PR_SET_DUMPABLE, 1, 0, 0, 0)
        self._write("/proc/self/uid_map", "%d %d 1" % (self.uid, self.uid))
        self._write("/proc/self/setgroups", "deny")
        self._write("/proc/self/gid_map", "%d %d 1" % (self.gid, self.gid))
        self._first_for_the_oom_killer()
        self.libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        # Nothing mounted here may propagate back to the server's mount namespace.
        self._mount(None, "/", None, _MS_REC | _MS_PRIVATE, None)
        flags = _MS_NOSUID | _MS_NODEV
        # Inodes capped too: an empty file costs kernel memory, not tmpfs size.
        self._mount("tmpfs", "/tmp", "tmpfs", flags,
                    "size=%d,nr_inodes=65536,mode=0700" % self.scratch_bytes)  # fmt: skip
        self._mount("tmpfs", "/dev/shm", "tmpfs", flags | _MS_NOEXEC,
                    "size=%d,nr_inodes=4096,mode=1777" % self.shm_bytes)  # fmt: skip
        # The server's /proc would show the worker's pids (a counter earlier programs
        # moved) and the server itself; a new procfs cannot be mounted under bubblewrap's.
        self._mount("tmpfs", "/proc", "tmpfs", flags | _MS_NOEXEC | _MS_RDONLY, "size=4096")
        os.chdir("/tmp")
        self.drop_privileges()

    def drop_privileges(self):
        """No capability, none to regain through exec, and the seccomp filter. (The
        bounding set is left: with no_new_privs and a uid that is not 0 in the box, no
        exec can grant a capability, and dropping it costs 64 calls a program.)"""
        self.libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
        header = _CapHeader(_CAPABILITY_VERSION_3, 0)
        data = (_CapData * 2)()
        if self.libc.capset(ctypes.byref(header), data) != 0:
            self._fail("capset")
        if self.libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            self._fail("no_new_privs")
        self.install_seccomp()

    def unboxed(self):
        """The child of a server whose kernel refused the box: the same scoring for the
        out-of-memory killer and the same seccomp filter, in a plain fork."""
        if self.memory_group:
            self.libc.prctl(_PR_SET_DUMPABLE, 1, 0, 0, 0)
            self._first_for_the_oom_killer()
            self.libc.prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)
        self.install_seccomp()

    def _first_for_the_oom_killer(self):
        """When the worker's control group runs out of memory, the kernel kills the
        process with the highest score: a program's processes score the most, so that
        the server is never the one killed."""
        if not self.memory_group:
            return
        try:
            self._write("/proc/self/oom_score_adj", "1000")
        except OSError:
            pass

    def install_seccomp(self):
        if self.prog is None:
            return
        if self.libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            self._fail("no_new_privs")
        # By default a filter also forces the speculative-store-bypass mitigation on the
        # task (a slowdown on processors that need it); the filter is about system calls,
        # so the kernel is asked to leave that as it is (as Docker does). Kernels before
        # 4.17 do not know the flag: then prctl, with the mitigation.
        if self.sys_seccomp is not None:
            prog = ctypes.byref(self.prog)
            flags = _SECCOMP_FILTER_FLAG_SPEC_ALLOW
            if self.libc.syscall(self.sys_seccomp, _SECCOMP_SET_MODE_FILTER, flags, prog) == 0:
                return
        if self.libc.prctl(_PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(self.prog), 0, 0):
            self._fail("seccomp")

    def _mount(self, source, target, fstype, flags, data):
        def c(text):
            return text.encode() if text is not None else None

        if self.libc.mount(c(source), c(target), c(fstype), flags, c(data)) != 0:
            self._fail("mount %s" % target)

    def _write(self, path, text):
        fd = os.open(path, os.O_WRONLY)
        try:
            os.write(fd, text.encode())
        finally:
            os.close(fd)

    def _fail(self, what):
        raise BoxError("%s: %s" % (what, os.strerror(ctypes.get_errno())))
