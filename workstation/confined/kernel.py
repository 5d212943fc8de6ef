"""The few Linux calls isolation needs, made through the C library already in memory.

Every child pays for what it loads before it parses a byte, so these wrappers use
ctypes on the process's own libc (`CDLL(None)`): no `ctypes.util.find_library`, which
starts `ldconfig`, and no binding package to import. The bindings that build what
these calls load (the Landlock ruleset, the seccomp program) run once in the parent.
Each call raises OSError when the kernel refuses; the caller decides how to degrade.
"""

from __future__ import annotations

import ctypes
import errno
import os
import signal

PR_SET_PDEATHSIG = 1
PR_SET_DUMPABLE = 4
PR_SET_SECCOMP = 22
PR_CAPBSET_DROP = 24
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000
SYS_LANDLOCK_RESTRICT_SELF = 446
"""The same number on every architecture that has Landlock."""
LINUX_CAPABILITY_VERSION_3 = 0x20080522
HIGHEST_CAPABILITY = 63
"""Past the kernel's last capability, PR_CAPBSET_DROP says EINVAL and the loop ends."""

_libc = ctypes.CDLL(None, use_errno=True)


class _SockFprog(ctypes.Structure):
    """struct sock_fprog: a classic BPF program as the kernel takes it."""

    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [
        ("effective", ctypes.c_uint32),
        ("permitted", ctypes.c_uint32),
        ("inheritable", ctypes.c_uint32),
    ]


def _checked(result: int) -> None:
    if result == -1:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code))


def _prctl(option: int, value: int = 0) -> None:
    """prctl(2) is variadic: every argument goes as an unsigned long, unused ones zero."""
    zero = ctypes.c_ulong(0)
    _checked(_libc.prctl(option, ctypes.c_ulong(value), zero, zero, zero))


def kill_me_when_parent_dies() -> None:
    """SIGKILL this process when the parent that started it exits, however it exits."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def make_undumpable() -> None:
    """No core file, and /proc/PID/mem, environ and ptrace closed to same-user processes."""
    _prctl(PR_SET_DUMPABLE, 0)


def forbid_new_privileges() -> None:
    """No set-user-id or file capabilities from here on, in this process and its children."""
    _prctl(PR_SET_NO_NEW_PRIVS, 1)


def unshare(flags: int) -> None:
    _checked(_libc.unshare(flags))


def drop_capabilities() -> None:
    """Empty the bounding set (where allowed), then the effective, permitted and
    inheritable sets: a child started as root keeps uid 0 but no privilege."""
    for capability in range(HIGHEST_CAPABILITY + 1):
        try:
            _prctl(PR_CAPBSET_DROP, capability)
        except OSError as error:
            if error.errno == errno.EINVAL:
                break  # past the last capability this kernel knows
            if error.errno != errno.EPERM:
                raise
    header = _CapHeader(LINUX_CAPABILITY_VERSION_3, 0)
    data = (_CapData * 2)()
    _checked(_libc.capset(ctypes.byref(header), data))


def restrict_to_landlock_ruleset(ruleset_fd: int) -> None:
    """Enforce a Landlock ruleset built by the parent (no_new_privs must be set first)."""
    number, flags = ctypes.c_long(SYS_LANDLOCK_RESTRICT_SELF), ctypes.c_ulong(0)
    _checked(_libc.syscall(number, ctypes.c_long(ruleset_fd), flags))


def load_seccomp_program(program: bytes) -> None:
    """Install a compiled seccomp filter (classic BPF, 8 bytes an instruction)."""
    buffer = ctypes.create_string_buffer(program, len(program))
    fprog = _SockFprog(len(program) // 8, ctypes.cast(buffer, ctypes.c_void_p))
    mode, zero = ctypes.c_ulong(SECCOMP_MODE_FILTER), ctypes.c_ulong(0)
    _checked(_libc.prctl(PR_SET_SECCOMP, mode, ctypes.byref(fprog), zero, zero))
