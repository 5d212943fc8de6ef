"""Inside the child: list a ZIP or tar archive and take out the members that are safe.

Each member is judged on its own: a name that climbs out of the archive, an absolute
path, a link or device, an encrypted member or one that would unpack to far more than it
weighs is refused with a code, and the others are still taken out. Directories are
skipped. Only names, codes and the members' bytes travel back to the parent.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath

from workstation.confined.limits import ChildLimits
from workstation.intake.outcome import Refused
from workstation.intake.zipguard import member_too_compressed

MAX_NAME_CHARS = 1024


@dataclass(frozen=True)
class Member:
    """One member: its name in the archive, and its bytes or why it was refused."""

    name: str
    data: bytes = b""
    code: str = ""


def unpack(data: bytes, archive_kind: str, limits: ChildLimits) -> list[Member]:
    """Every non-directory member of the archive, taken out or refused with a code."""
    if archive_kind == "zip":
        return _unpack_zip(data, limits)
    return _unpack_tar(data, limits)


def name_refusal(name: str) -> str:
    """Why a member's name alone refuses it, or "" when it may be taken in."""
    if not name or len(name) > MAX_NAME_CHARS or "\x00" in name:
        return "member_bad_name"
    unified = name.replace("\\", "/")
    if unified.startswith("/") or (len(unified) > 1 and unified[1] == ":"):
        return "member_absolute"
    if ".." in PurePosixPath(unified).parts:
        return "member_traversal"
    return ""


def _unpack_zip(data: bytes, limits: ChildLimits) -> list[Member]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise Refused("zip_invalid") from None
    with archive:
        infos = [info for info in archive.infolist() if not info.is_dir()]
        if len(infos) > limits.max_zip_members:
            raise Refused("zip_too_many_members")
        members, total = [], 0
        for info in infos:
            code = _zip_refusal(info, limits, total)
            if code:
                members.append(Member(info.filename, code=code))
                continue
            total += info.file_size
            members.append(_read_zip_member(archive, info))
        return members


def _zip_refusal(info: zipfile.ZipInfo, limits: ChildLimits, total: int) -> str:
    code = name_refusal(info.filename)
    if code:
        return code
    if stat.S_ISLNK(info.external_attr >> 16):
        return "member_link"
    if info.flag_bits & 0x1:
        return "member_encrypted"
    if member_too_compressed(info, limits.max_zip_ratio):
        return "zip_ratio"
    if total + info.file_size > limits.max_zip_uncompressed:
        return "zip_too_big"
    return ""


def _read_zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Member:
    """The member's bytes; `zipfile` never reads past the declared size, and checks the CRC."""
    try:
        with archive.open(info) as member:
            return Member(info.filename, member.read(info.file_size + 1))
    except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError):
        return Member(info.filename, code="unreadable")
    except RuntimeError:  # zipfile's word for a password it was not given
        return Member(info.filename, code="member_encrypted")


def _unpack_tar(data: bytes, limits: ChildLimits) -> list[Member]:
    try:
        archive = tarfile.open(fileobj=io.BytesIO(data), mode="r:*")  # noqa: SIM115 closed below
    except (tarfile.TarError, OSError, ValueError, EOFError):
        raise Refused("tar_invalid") from None
    members: list[Member] = []
    total = 0
    with archive:
        try:
            for info in archive:
                if info.isdir():
                    continue
                if len(members) >= limits.max_zip_members:
                    raise Refused("zip_too_many_members")
                code = _tar_refusal(info, limits, total)
                if code:
                    members.append(Member(info.name, code=code))
                    if code == "zip_too_big":
                        break  # skipping its data in a compressed stream means inflating it
                    continue
                total += info.size
                members.append(_read_tar_member(archive, info))
        except (tarfile.TarError, OSError, ValueError, EOFError):
            members.append(Member("", code="tar_truncated"))
    return members


def _tar_refusal(info: tarfile.TarInfo, limits: ChildLimits, total: int) -> str:
    code = name_refusal(info.name)
    if code:
        return code
    if info.issym() or info.islnk():
        return "member_link"
    if not info.isreg():
        return "member_device"
    if total + info.size > limits.max_zip_uncompressed:
        return "zip_too_big"
    return ""


def _read_tar_member(archive: tarfile.TarFile, info: tarfile.TarInfo) -> Member:
    source = archive.extractfile(info)
    if source is None:
        return Member(info.name, code="unreadable")
    with source:
        return Member(info.name, source.read(info.size))
