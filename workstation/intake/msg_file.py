"""Inside the child: an Outlook message (.msg) read into plain values, with olefile.

A .msg file is a compound file (an OLE "file system") whose streams are MAPI properties
named by id and type ([MS-OXMSG]): ``__substg1.0_0037001F`` is the subject in UTF-16.
Recipients and attachments are storages of their own; an attached message (attach
method 5) is a whole message storage inside its attachment, and may nest.

The container is hostile until read: a directory can declare a stream far larger than
the file, many entries can share one chain of sectors (a bomb: each read again), and
attached messages can nest without end. Every stream's declared size is checked against
the file before it is read, all reads together are charged against the archive limit,
and messages nested deeper than `MAX_DEPTH` refuse the file.
"""

from __future__ import annotations

import datetime
import io
import struct
from dataclasses import dataclass, field
from typing import Any, cast

import olefile  # type: ignore[import-untyped]

from workstation.confined.limits import ChildLimits
from workstation.intake.outcome import Refused

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
MAX_DEPTH = 5
"""Attached messages inside attached messages, this deep and no deeper."""
PROPERTY_STREAM = "__substg1.0_"
FIXED_PROPERTIES = "__properties_version1.0"
RECIPIENT = "__recip_version1.0_"
ATTACHMENT = "__attach_version1.0_"
EMBEDDED_MESSAGE = "__substg1.0_3701000D"
HEADER_BYTES = {"top": 32, "embedded": 24}
"""Bytes before the fixed-size property entries, by where the property stream sits."""
FILETIME_TYPE = 0x0040
SUBMIT_TIME = 0x0039
DELIVERY_TIME = 0x0E06
FILETIME_EPOCH = datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)


@dataclass
class MsgAttachment:
    """One attachment: its file name, and its bytes or the message it carries."""

    properties: dict[int, str | bytes]
    message: MsgMessage | None = None

    @property
    def name(self) -> str:
        """The long file name, then the short one, then the display name."""
        for prop in (0x3707, 0x3704, 0x3001):
            value = self.properties.get(prop)
            if isinstance(value, str) and value.strip():
                return value
        return ""

    @property
    def data(self) -> bytes:
        value = self.properties.get(0x3701)
        return value if isinstance(value, bytes) else b""


@dataclass
class MsgMessage:
    """A message's string and binary properties, times, recipients and attachments."""

    properties: dict[int, str | bytes]
    times: dict[int, datetime.datetime] = field(default_factory=dict)
    recipients: list[dict[int, str | bytes]] = field(default_factory=list)
    attachments: list[MsgAttachment] = field(default_factory=list)

    def text(self, prop: int) -> str:
        """A string property, or "" when the message does not have it as a string."""
        value = self.properties.get(prop)
        return value if isinstance(value, str) else ""


def read_msg(data: bytes, limits: ChildLimits) -> MsgMessage:
    """The message in an Outlook .msg file, or `Refused` with why it cannot be read."""
    if not data.startswith(OLE_MAGIC):
        raise Refused("msg_invalid")
    try:
        ole = olefile.OleFileIO(io.BytesIO(data))
    except OSError:
        raise Refused("msg_invalid") from None
    with ole:
        reader = _Reader(ole, len(data), limits.max_zip_uncompressed)
        if not ole.exists(FIXED_PROPERTIES):
            raise Refused("msg_invalid")
        if int(ole.root.size) > len(data):  # the mini stream, where small streams live
            raise Refused("msg_stream_too_big")
        return reader.message(ole.root, [], 0)


class _Reader:
    """Reads property streams, charging every byte read against one budget."""

    def __init__(self, ole: Any, file_size: int, budget: int) -> None:
        self.ole = ole
        self.file_size = file_size
        self.budget = budget

    def message(self, storage: Any, path: list[str], depth: int) -> MsgMessage:
        if depth > MAX_DEPTH:
            raise Refused("too_deep")
        message = MsgMessage(self.properties(storage, path))
        message.times = self.times(storage, path, "top" if depth == 0 else "embedded")
        for kid in _kids(storage):
            if kid.name.startswith(RECIPIENT) and _is_storage(kid):
                message.recipients.append(self.properties(kid, [*path, kid.name]))
            elif kid.name.startswith(ATTACHMENT) and _is_storage(kid):
                message.attachments.append(self.attachment(kid, [*path, kid.name], depth))
        return message

    def attachment(self, storage: Any, path: list[str], depth: int) -> MsgAttachment:
        attachment = MsgAttachment(self.properties(storage, path))
        for kid in _kids(storage):
            if kid.name == EMBEDDED_MESSAGE and _is_storage(kid):
                attachment.message = self.message(kid, [*path, kid.name], depth + 1)
        return attachment

    def properties(self, storage: Any, path: list[str]) -> dict[int, str | bytes]:
        """The variable-length properties: strings (UTF-16 or 8-bit) and binaries."""
        found: dict[int, str | bytes] = {}
        for kid in _kids(storage):
            if not kid.name.startswith(PROPERTY_STREAM) or _is_storage(kid):
                continue
            tag = kid.name.removeprefix(PROPERTY_STREAM)
            try:
                prop, kind = int(tag[:4], 16), tag[4:8].upper()
            except ValueError:
                continue
            if kind in ("001F", "001E", "0102"):
                found[prop] = _decoded(self.stream(kid, [*path, kid.name]), kind)
        return found

    def times(self, storage: Any, path: list[str], where: str) -> dict[int, datetime.datetime]:
        """Submit and delivery times from the fixed-size property stream."""
        found: dict[int, datetime.datetime] = {}
        for kid in _kids(storage):
            if kid.name != FIXED_PROPERTIES or _is_storage(kid):
                continue
            raw = self.stream(kid, [*path, kid.name])[HEADER_BYTES[where] :]
            for offset in range(0, len(raw) - 15, 16):
                kind, prop, _flags, value = struct.unpack_from("<HHIQ", raw, offset)
                moment = _filetime(value) if kind == FILETIME_TYPE else None
                if prop in (SUBMIT_TIME, DELIVERY_TIME) and moment is not None:
                    found[prop] = moment
        return found

    def stream(self, entry: Any, path: list[str]) -> bytes:
        """A stream's bytes, after checking its declared size against the file and budget."""
        size = int(entry.size)
        if size > self.file_size:
            raise Refused("msg_stream_too_big")
        self.budget -= size
        if self.budget < 0:
            raise Refused("msg_too_big")
        raw = cast(bytes, self.ole.openstream("/".join(path)).read())
        if len(raw) != size:  # a chain cut short: what is missing must not go unnoticed
            raise Refused("unreadable")
        return raw


def _kids(storage: Any) -> list[Any]:
    return list(storage.kids)


def _is_storage(entry: Any) -> bool:
    return bool(entry.entry_type in (olefile.STGTY_STORAGE, olefile.STGTY_ROOT))


def _decoded(raw: bytes, kind: str) -> str | bytes:
    """UTF-16 strings as written; 8-bit ones as UTF-8, else Windows-1252 (their usual
    code page, which the message names elsewhere); binaries untouched."""
    if kind == "001F":
        return raw.decode("utf-16-le", errors="replace").rstrip("\0")
    if kind == "001E":
        try:
            return raw.decode("utf-8").rstrip("\0")
        except UnicodeDecodeError:
            return raw.decode("cp1252", errors="replace").rstrip("\0")
    return raw


def _filetime(value: int) -> datetime.datetime | None:
    try:
        return FILETIME_EPOCH + datetime.timedelta(microseconds=value // 10)
    except OverflowError:
        return None
