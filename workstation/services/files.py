"""Opening files handed to intake without following links or blocking on special files."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from workstation.services.errors import IntakeRefused
from workstation.terminal import neutralise_line

READ_PIECE = 1024 * 1024


@dataclass
class OpenedFile:
    """A regular file opened for reading, with its size as seen at open time."""

    descriptor: int
    size: int
    shown_name: str

    def read_all(self) -> bytes:
        """The whole file, in one read where the OS allows (no joined copies: half the peak)."""
        os.lseek(self.descriptor, 0, os.SEEK_SET)
        data = os.read(self.descriptor, self.size)
        while len(data) < self.size and (more := os.read(self.descriptor, self.size - len(data))):
            data += more
        return data

    def head(self, size: int = 4096) -> bytes:
        return os.pread(self.descriptor, size, 0)

    def pieces(self) -> Iterator[bytes]:
        """The whole file from the start, one piece at a time (bounded memory)."""
        os.lseek(self.descriptor, 0, os.SEEK_SET)
        while piece := os.read(self.descriptor, READ_PIECE):
            yield piece

    def close(self) -> None:
        os.close(self.descriptor)


def open_regular(path: Path, max_bytes: int) -> OpenedFile:
    """Open a regular file for intake or say, in one line, why it cannot be taken in."""
    shown = neutralise_line(str(path))
    descriptor = _open_following_no_link(path, shown)
    mode, size = os.fstat(descriptor).st_mode, os.fstat(descriptor).st_size
    if not stat.S_ISREG(mode):
        os.close(descriptor)
        what = "a directory (give the files in it)" if stat.S_ISDIR(mode) else "not a regular file"
        raise IntakeRefused(f"{shown}: is {what}; nothing stored")
    if size > max_bytes:
        os.close(descriptor)
        raise IntakeRefused(
            f"{shown}: {size / 2**20:.0f} MiB is over the {max_bytes / 2**20:.0f} MiB intake limit;"
            " nothing stored"
        )
    os.set_blocking(descriptor, True)
    return OpenedFile(descriptor, size, shown)


def _open_following_no_link(path: Path, shown: str) -> int:
    """Open `path` read-only, one component at a time, following no symbolic link.

    O_NOFOLLOW alone guards only the last component: a leak folder holding
    `dir -> /etc` would otherwise hand local files to intake as `dir/passwd`. Each
    folder is opened relative to the one before, so nothing can be swapped in between.
    """
    walked = Path(path.anchor)  # "/" or "" (the working directory)
    *folders, last = (path.parts[1:] if path.is_absolute() else path.parts) or (".",)
    current = os.open(walked, _FOLDER_FLAGS)
    try:
        for name in folders:
            walked /= name
            below = _open_folder(name, current, walked, shown)
            os.close(current)
            current = below
        return _open_file(last, current, shown)
    finally:
        os.close(current)


_FOLDER_FLAGS = getattr(os, "O_PATH", os.O_RDONLY) | os.O_DIRECTORY | os.O_CLOEXEC
_FILE_FLAGS = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC


def _open_folder(name: str, parent: int, walked: Path, shown: str) -> int:
    try:
        return os.open(name, _FOLDER_FLAGS | os.O_NOFOLLOW, dir_fd=parent)
    except OSError as error:
        if _is_link(name, parent):
            raise IntakeRefused(
                f"{shown}: {neutralise_line(str(walked))} is a symbolic link; intake follows"
                " no links, give the real path; nothing stored"
            ) from None
        raise _refusal(error, shown) from None


def _open_file(name: str, parent: int, shown: str) -> int:
    try:
        return os.open(name, _FILE_FLAGS, dir_fd=parent)
    except OSError as error:
        if error.errno == errno.ELOOP or _is_link(name, parent):
            raise IntakeRefused(
                f"{shown}: is a symbolic link; give the file it points to instead"
            ) from None
        raise _refusal(error, shown) from None


def _is_link(name: str, parent: int) -> bool:
    try:
        return stat.S_ISLNK(os.lstat(name, dir_fd=parent).st_mode)
    except OSError:
        return False


def _refusal(error: OSError, shown: str) -> IntakeRefused:
    if isinstance(error, FileNotFoundError) or error.errno == errno.ENOTDIR:
        return IntakeRefused(f"{shown}: no such file")
    if isinstance(error, PermissionError):
        return IntakeRefused(f"{shown}: permission denied; nothing stored")
    return IntakeRefused(f"{shown}: cannot be opened; nothing stored")
