"""The seccomp filter every child loads: what a parser never needs, refused by the kernel.

A deny list, not an allow list: Python, MuPDF, lxml, OpenCV and numpy between them use
far more system calls than anyone could list and keep correct, while what a subverted
parser would need to escape is short: sockets, new processes, other processes' memory,
changes to files, and the kernel's own attack surface. Refused calls fail with an
error (EPERM, or ENOSYS where libraries fall back to an older call) rather than
killing the child, so a library probing for a feature keeps working.

The program is compiled once per workstation process with libseccomp (through
pyseccomp) and handed to each child as bytes, which it loads with one prctl: the child
never loads libseccomp, which would cost it more time than the rest of its start-up.
"""

from __future__ import annotations

import errno
import functools
import os
from typing import Any

CLONE_THREAD = 0x00010000
PR_SET_PDEATHSIG = 1

NETWORK = ("socket", "socketpair", "socketcall")
ASYNC_IO = ("io_uring_setup", "io_uring_enter", "io_uring_register")
"""io_uring performs opens, reads and socket calls without this filter seeing them."""
PROCESSES = (
    "fork",
    "vfork",
    "execve",
    "execveat",
    "setsid",
    "setpgid",
    "ptrace",
    "process_vm_readv",
    "process_vm_writev",
    "pidfd_getfd",
    "kcmp",
)
"""No new programs or processes (a grandchild could outlive the child), the process
group kept so the parent can kill it whole, and no reach into another process."""
FILE_CHANGES = (
    "creat",
    "rename",
    "renameat",
    "renameat2",
    "unlink",
    "unlinkat",
    "rmdir",
    "mkdir",
    "mkdirat",
    "link",
    "linkat",
    "symlink",
    "symlinkat",
    "mknod",
    "mknodat",
    "truncate",
    "chmod",
    "fchmod",
    "fchmodat",
    "fchmodat2",
    "chown",
    "fchown",
    "lchown",
    "fchownat",
    "utime",
    "utimes",
    "utimensat",
    "futimesat",
    "setxattr",
    "lsetxattr",
    "fsetxattr",
    "removexattr",
    "lremovexattr",
    "fremovexattr",
)
"""RLIMIT_FSIZE=0 stops a child writing bytes, not truncating, renaming or deleting."""
KERNEL = (
    "unshare",
    "setns",
    "mount",
    "umount2",
    "pivot_root",
    "chroot",
    "open_tree",
    "move_mount",
    "fsopen",
    "fsconfig",
    "fsmount",
    "fspick",
    "mount_setattr",
    "bpf",
    "perf_event_open",
    "userfaultfd",
    "keyctl",
    "add_key",
    "request_key",
    "kexec_load",
    "kexec_file_load",
    "init_module",
    "finit_module",
    "delete_module",
    "acct",
    "swapon",
    "swapoff",
    "reboot",
    "sethostname",
    "setdomainname",
    "syslog",
    "quotactl",
    "open_by_handle_at",
    "name_to_handle_at",
    "iopl",
    "ioperm",
    "landlock_create_ruleset",
    "landlock_add_rule",
    "landlock_restrict_self",
)
"""Namespaces, mounts, BPF, keyrings, modules: the usual ways from a process into the
kernel, and Landlock itself (the child has applied its ruleset already)."""
NOT_IMPLEMENTED = ("clone3", "openat2")
"""Arguments behind a pointer, which a filter cannot read: ENOSYS makes the C library
fall back to clone and openat, whose arguments are checked below."""
WRITE_OPEN_MASKS = ((os.O_ACCMODE, os.O_WRONLY), (os.O_ACCMODE, os.O_RDWR))
CREATE_OPEN_MASKS = ((os.O_CREAT, os.O_CREAT), (os.O_TRUNC, os.O_TRUNC))
OPEN_FLAGS_ARGUMENT = {"open": 1, "openat": 2}


class FilterUnavailable(Exception):
    """libseccomp (or its Python binding) is missing or cannot build a filter here."""


@functools.cache
def compiled_program() -> bytes:
    """The filter as classic BPF for this machine's architecture, built once."""
    seccomp = _binding()
    try:
        program = seccomp.SyscallFilter(seccomp.ALLOW)
        _deny(seccomp, program)
        return _export(program)
    except OSError as error:
        raise FilterUnavailable(str(error)) from None


def _binding() -> Any:
    """pyseccomp (untyped): ctypes over the system's libseccomp, loaded on first use."""
    try:
        import pyseccomp  # noqa: PLC0415 (loads libseccomp: only when a child is started)
    except (ImportError, RuntimeError, OSError) as error:  # RuntimeError: no libseccomp
        raise FilterUnavailable(str(error)) from None
    return pyseccomp


def _deny(seccomp: Any, program: Any) -> None:
    refused = seccomp.ERRNO(errno.EPERM)
    for name in (*NETWORK, *ASYNC_IO, *PROCESSES, *FILE_CHANGES, *KERNEL):
        _rule(program, refused, name)
    for name in NOT_IMPLEMENTED:
        _rule(program, seccomp.ERRNO(errno.ENOSYS), name)
    # A new process (clone without CLONE_THREAD) is refused; threads are not.
    _rule(program, refused, "clone", seccomp.Arg(0, seccomp.MASKED_EQ, CLONE_THREAD, 0))
    for name, position in OPEN_FLAGS_ARGUMENT.items():
        for mask, value in (*WRITE_OPEN_MASKS, *CREATE_OPEN_MASKS):
            _rule(program, refused, name, seccomp.Arg(position, seccomp.MASKED_EQ, mask, value))
    # Clearing its death signal would let a child outlive a killed workstation.
    _rule(program, refused, "prctl", seccomp.Arg(0, seccomp.EQ, PR_SET_PDEATHSIG))


def _rule(program: Any, action: int, name: str, *arguments: object) -> None:
    """Add one rule; a call this architecture or libseccomp does not know is skipped."""
    try:
        program.add_rule(action, name, *arguments)
    except OSError as error:
        if error.errno != errno.EINVAL:
            raise


def _export(program: Any) -> bytes:
    """The BPF bytes, through an in-memory file (libseccomp writes to a descriptor)."""
    descriptor = os.memfd_create("seccomp-program", os.MFD_CLOEXEC)
    try:
        program.export_bpf(_Descriptor(descriptor))
        size = os.lseek(descriptor, 0, os.SEEK_END)
        return os.pread(descriptor, size, 0)
    finally:
        os.close(descriptor)


class _Descriptor:
    """What pyseccomp's export wants: something with a fileno()."""

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor

    def fileno(self) -> int:
        return self._descriptor
