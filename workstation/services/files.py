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
    if path.is_symlink():
        raise IntakeRefused(f"{shown}: is a symbolic link; give the file it points to instead")
    flags = os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise IntakeRefused(f"{shown}: no such file") from None
    except PermissionError:
        raise IntakeRefused(f"{shown}: permission denied; nothing stored") from None
    except OSError as error:
        reason = "is a symbolic link" if error.errno == errno.ELOOP else "cannot be opened"
        raise IntakeRefused(f"{shown}: {reason}; nothing stored") from None
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
