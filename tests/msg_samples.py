"""Outlook .msg files built for tests: a small compound-file (CFB v3) writer and MSG layout.

No library in the lock writes MSG files, so the tests build their own, fictional ones,
from the public specifications ([MS-CFB] for the container, [MS-OXMSG] for the message
layout): streams of 4096 bytes and more in 512-byte sectors, smaller ones in the mini
stream, the directory as a balanced tree of siblings. `olefile`, which intake reads with,
is the check that the result is a valid compound file.

A message is a dict of MAPI properties (`{0x0037: "Subject"}`: a str is stored as UTF-16
(type 001F), bytes as binary (0102)), with `recipients` and `attachments` lists; an
attachment with a "message" key is an embedded message (attach method 5).
"""

from __future__ import annotations

import datetime
import struct
from dataclasses import dataclass, field
from typing import Any

SECTOR = 512
MINI = 64
CUTOFF = 4096
FREE, END, FATSECT, NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

Tree = dict[str, "bytes | Tree"]


@dataclass
class _Entry:
    name: str
    kind: int  # 1 storage, 2 stream, 5 root
    data: bytes = b""
    kids: list[int] = field(default_factory=list)
    left: int = NOSTREAM
    right: int = NOSTREAM
    child: int = NOSTREAM
    start: int = END
    size: int = 0


def compound_file(tree: Tree, declared_sizes: dict[str, int] | None = None) -> bytes:
    """A compound file holding `tree` (names to bytes for streams, dicts for storages).

    `declared_sizes` overrides the size written for named streams: a hostile file whose
    directory claims far more than the file holds."""
    entries = [_Entry("Root Entry", 5)]
    _add(entries, 0, tree)
    for entry in entries:
        entry.child = _balanced(entries, entry.kids)
    big = [e for e in entries if e.kind == 2 and len(e.data) >= CUTOFF]
    small = [e for e in entries if e.kind == 2 and len(e.data) < CUTOFF]
    sectors: list[bytes] = []
    fat: list[int] = []

    def chain(data: bytes) -> int:
        count = max(1, -(-len(data) // SECTOR))
        first = len(sectors)
        for index in range(count):
            sectors.append(data[index * SECTOR : (index + 1) * SECTOR].ljust(SECTOR, b"\0"))
            fat.append(first + index + 1 if index + 1 < count else END)
        return first

    for entry in big:
        entry.start, entry.size = chain(entry.data), len(entry.data)
    mini_stream, mini_fat = b"", list[int]()
    for entry in small:
        count = -(-len(entry.data) // MINI)
        entry.start = len(mini_stream) // MINI if entry.data else END
        entry.size = len(entry.data)
        mini_fat += [len(mini_fat) + i + 1 if i + 1 < count else END for i in range(count)]
        mini_stream += entry.data.ljust(count * MINI, b"\0")
    root = entries[0]
    root.start, root.size = (chain(mini_stream), len(mini_stream)) if mini_stream else (END, 0)
    first_mini_fat = chain(b"".join(struct.pack("<I", n) for n in mini_fat)) if mini_fat else END
    for name, size in (declared_sizes or {}).items():
        next(e for e in entries if e.name == name).size = size
    directory = b"".join(_directory_entry(e) for e in entries)
    first_directory = chain(directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\0"))
    fat_count = 1
    while (len(sectors) + fat_count) * 4 > fat_count * SECTOR:
        fat_count += 1
    fat_ids = list(range(len(sectors), len(sectors) + fat_count))
    fat += [FATSECT] * fat_count
    fat += [FREE] * (fat_count * SECTOR // 4 - len(fat))
    raw_fat = b"".join(struct.pack("<I", n) for n in fat)
    sectors += [raw_fat[i * SECTOR : (i + 1) * SECTOR] for i in range(fat_count)]
    header = _header(fat_ids, first_directory, first_mini_fat, len(mini_fat))
    return header + b"".join(sectors)


def _add(entries: list[_Entry], parent: int, tree: Tree) -> None:
    for name, value in tree.items():
        entries.append(_Entry(name, 2 if isinstance(value, bytes) else 1))
        index = len(entries) - 1
        entries[parent].kids.append(index)
        if isinstance(value, bytes):
            entries[index].data = value
        else:
            _add(entries, index, value)


def _balanced(entries: list[_Entry], kids: list[int]) -> int:
    """The siblings as a binary search tree, ordered as [MS-CFB] says (length, then name)."""
    ordered = sorted(kids, key=lambda i: (len(entries[i].name), entries[i].name.upper()))
    if not ordered:
        return NOSTREAM
    middle = len(ordered) // 2
    top = ordered[middle]
    entries[top].left = _balanced(entries, ordered[:middle])
    entries[top].right = _balanced(entries, ordered[middle + 1 :])
    return top


def _directory_entry(entry: _Entry) -> bytes:
    name = entry.name.encode("utf-16-le") + b"\0\0"
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name,
        len(name),
        entry.kind,
        1,  # black
        entry.left,
        entry.right,
        entry.child,
        b"\0" * 16,
        0,
        0,
        0,
        entry.start,
        entry.size,
    )


def _header(fat_ids: list[int], first_directory: int, first_mini_fat: int, mini: int) -> bytes:
    difat = fat_ids + [FREE] * (109 - len(fat_ids))
    mini_fat_sectors = -(-mini * 4 // SECTOR)
    fixed = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII",
        MAGIC,
        b"\0" * 16,
        0x3E,
        3,
        0xFFFE,
        9,
        6,
        b"\0" * 6,
        0,
        len(fat_ids),
        first_directory,
        0,
        CUTOFF,
        first_mini_fat,
        mini_fat_sectors,
        END,
        0,
    )
    return fixed + b"".join(struct.pack("<I", n) for n in difat)


# --- the MSG layout over the container ------------------------------------------------


def msg_file(message: dict[Any, Any], declared_sizes: dict[str, int] | None = None) -> bytes:
    """An Outlook .msg file of one message (see the module docstring for the dict)."""
    return compound_file(_message_tree(message, top=True), declared_sizes)


def _message_tree(message: dict[Any, Any], top: bool) -> Tree:
    recipients = message.get("recipients", [])
    attachments = message.get("attachments", [])
    fixed = struct.pack("<8sIIII8s", b"\0" * 8, len(recipients), len(attachments), 0, 0, b"\0" * 8)
    tree: Tree = {"__properties_version1.0": (fixed if top else fixed[:24]) + _times(message)}
    tree |= _property_streams(message)
    if top:
        tree["__nameid_version1.0"] = {}
    for number, recipient in enumerate(recipients):
        tree[f"__recip_version1.0_#{number:08X}"] = {
            "__properties_version1.0": b"\0" * 8 + _long(0x0C15, recipient.get("type", 1)),
            **_property_streams(recipient),
        }
    for number, attachment in enumerate(attachments):
        storage: Tree = {
            "__properties_version1.0": b"\0" * 8
            + _long(0x3705, 5 if "message" in attachment else 1)
        }
        storage |= _property_streams(attachment)
        if "message" in attachment:
            storage["__substg1.0_3701000D"] = _message_tree(attachment["message"], top=False)
        tree[f"__attach_version1.0_#{number:08X}"] = storage
    return tree


def _property_streams(properties: dict[Any, Any]) -> Tree:
    streams: Tree = {}
    for key, value in properties.items():
        if not isinstance(key, int):
            continue
        if isinstance(value, str):
            streams[f"__substg1.0_{key:04X}001F"] = value.encode("utf-16-le")
        elif isinstance(value, bytes):
            streams[f"__substg1.0_{key:04X}0102"] = value
    return streams


def _long(property_id: int, value: int) -> bytes:
    return struct.pack("<HHIq", 0x0003, property_id, 2, value)


def _times(message: dict[Any, Any]) -> bytes:
    """The submit time as a fixed-size FILETIME property, when the message has one."""
    filetime = message.get("submitted")
    if filetime is None:
        return b""
    return struct.pack("<HHIQ", 0x0040, 0x0039, 2, filetime)


def filetime(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> int:
    """A UTC date and time as a FILETIME (100-ns ticks since 1601)."""
    moment = datetime.datetime(year, month, day, hour, minute, tzinfo=datetime.UTC)
    since = moment - datetime.datetime(1601, 1, 1, tzinfo=datetime.UTC)
    return int(since.total_seconds()) * 10_000_000
