"""Look inside a zip archive's directory before any parser inflates a byte of it."""

from __future__ import annotations

import io
import zipfile

from workstation.confined.limits import ChildLimits
from workstation.intake.outcome import Refused

RATIO_CHECK_FLOOR = 1024 * 1024
"""Members up to this size unpack to little whatever their ratio, and ordinary XML parts
can pass 100:1 (a 219 KB document.xml holding an empty 300-row table compresses 109:1),
so checking them would only refuse honest documents."""


def check_zip(data: bytes, limits: ChildLimits) -> None:
    """Refuse archives that are invalid or would unpack to far more than they weigh.

    The sizes checked are the ones the archive declares; `zipfile` never hands a reader
    more than a member's declared size, so a lying directory gains nothing.
    """
    members = _members(data)
    if len(members) > limits.max_zip_members:
        raise Refused("zip_too_many_members")
    if sum(member.file_size for member in members) > limits.max_zip_uncompressed:
        raise Refused("zip_too_big")
    if any(_too_compressed(member, limits.max_zip_ratio) for member in members):
        raise Refused("zip_ratio")


def _members(data: bytes) -> list[zipfile.ZipInfo]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise Refused("zip_invalid") from None


def member_too_compressed(member: zipfile.ZipInfo, max_ratio: int) -> bool:
    """Whether one member would unpack to more than `max_ratio` times its packed size."""
    return _too_compressed(member, max_ratio)


def _too_compressed(member: zipfile.ZipInfo, max_ratio: int) -> bool:
    if member.file_size <= RATIO_CHECK_FLOOR:
        return False
    return member.file_size > max_ratio * max(member.compress_size, 1)
