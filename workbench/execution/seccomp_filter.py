"""The seccomp filter every program runs under, built with libseccomp (parent side).

Built here, in the workbench's process, with `pyseccomp` (ctypes bindings to the system's
libseccomp): the sandbox side only hands the compiled BPF program to the kernel. The
policy is a deny list on top of namespaces and limits (Flatpak's and Docker's choice: a
Python program needs most of the syscall table); each entry closes a way for a program to
reach outside its own processes or to leave something behind for the next program.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import tempfile

# Reaching into other processes: their memory, their file descriptors, their limits.
_OTHER_PROCESSES = (
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "kcmp",
    "process_madvise",
)
# State that outlives a process: IPC objects, keyrings, extended attributes.
_PERSISTENT_STATE = (
    "shmget", "shmat", "shmctl", "shmdt", "msgget", "msgsnd", "msgrcv", "msgctl",
    "semget", "semop", "semtimedop", "semctl",
    "mq_open", "mq_unlink", "mq_timedsend", "mq_timedreceive", "mq_notify", "mq_getsetattr",
    "keyctl", "add_key", "request_key",
    "setxattr", "lsetxattr", "fsetxattr", "removexattr", "lremovexattr", "fremovexattr",
)  # fmt: skip
# Memory that RLIMIT_AS does not count.
_UNCOUNTED_MEMORY = ("memfd_create", "memfd_secret", "userfaultfd")
# A new view of the system: namespaces and mounts.
_NEW_VIEWS = (
    "unshare", "setns", "mount", "umount2", "pivot_root", "chroot", "move_mount",
    "open_tree", "fsopen", "fsconfig", "fsmount", "fspick", "mount_setattr",
)  # fmt: skip
# Kernel interfaces no test program needs and that have a history of escapes.
_KERNEL_SURFACE = (
    "bpf", "perf_event_open", "io_uring_setup", "io_uring_enter", "io_uring_register",
    "fanotify_init", "open_by_handle_at", "name_to_handle_at", "add_key", "personality",
    "acct", "quotactl", "syslog", "swapon", "swapoff", "reboot", "kexec_load",
    "init_module", "finit_module", "delete_module", "lookup_dcookie", "vhangup",
)  # fmt: skip
DENIED = tuple(
    dict.fromkeys(
        _OTHER_PROCESSES + _PERSISTENT_STATE + _UNCOUNTED_MEMORY + _NEW_VIEWS + _KERNEL_SURFACE
    )
)
_CLONE_NAMESPACE_FLAGS = (
    0x00020000,  # CLONE_NEWNS
    0x02000000,  # CLONE_NEWCGROUP
    0x04000000,  # CLONE_NEWUTS
    0x08000000,  # CLONE_NEWIPC
    0x10000000,  # CLONE_NEWUSER
    0x20000000,  # CLONE_NEWPID
    0x40000000,  # CLONE_NEWNET
    0x00000080,  # CLONE_NEWTIME
)
_AF_UNIX = 1


@functools.cache
def program_filter() -> tuple[bytes | None, str]:
    """(the BPF program, '') or (None, why there is none)."""
    try:
        import pyseccomp as seccomp
    except ImportError as exc:  # the Python bindings are a dependency; libseccomp a system one
        return None, f"pyseccomp is not importable: {exc}"
    try:
        flt = seccomp.SyscallFilter(seccomp.ALLOW)
        with contextlib.suppress(Exception):  # a binary tree: fewer instructions a call
            flt.set_attr(seccomp.Attr.CTL_OPTIMIZE, 2)
        deny = seccomp.ERRNO(errno.EPERM)
        for name in DENIED:
            try:
                flt.add_rule(deny, name)
            except (RuntimeError, ValueError, OSError):  # not a syscall on this machine
                continue
        # Limits: only one's own (pid 0); setrlimit itself acts on the caller alone.
        flt.add_rule(deny, "prlimit64", seccomp.Arg(0, seccomp.NE, 0))
        for flag in _CLONE_NAMESPACE_FLAGS:
            flt.add_rule(deny, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, flag, flag))
        # clone3 passes its flags in memory, out of a filter's sight: ENOSYS makes libc and
        # Python fall back to clone, whose flags are checked above.
        flt.add_rule(seccomp.ERRNO(errno.ENOSYS), "clone3")
        # Sockets: Unix ones only (multiprocessing uses them); no network family, netlink
        # or packet socket, whose kernel state (ports in TIME_WAIT...) outlives a program.
        no_family = seccomp.ERRNO(errno.EAFNOSUPPORT)
        flt.add_rule(no_family, "socket", seccomp.Arg(0, seccomp.NE, _AF_UNIX))
        flt.add_rule(no_family, "socketpair", seccomp.Arg(0, seccomp.NE, _AF_UNIX))
        with tempfile.TemporaryFile() as out:
            flt.export_bpf(out)
            out.seek(0)
            bpf = out.read()
    except Exception as exc:  # libseccomp missing or too old: say so, run without
        return None, f"libseccomp could not build the filter: {exc}"
    if not bpf or len(bpf) % 8:
        return None, "libseccomp exported no filter"
    return bpf, ""
