"""Archives through the real command: each safe member stored as its own document under its
archive, each hostile member refused in one line, the rest still taken in."""

from __future__ import annotations

import io
import json
import stat
import tarfile
import zipfile
from pathlib import Path
from typing import Any

from cli_support import assert_no_traceback, stored_ids

UP = "." * 2
"""A parent-folder name component, built so no path literal climbs out of the checkout."""
MEMO = "The courier Odile Brandt left at dawn.\n"


def hostile_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("inner/memo.txt", MEMO)
        archive.writestr(f"{UP}/{UP}/x.txt", "slip")
        archive.writestr("/etc/abs.txt", "absolute")
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("bomb.txt", b"\0" * (8 * 1024 * 1024))
        archive.writestr("secret.txt", "hidden")
        archive.writestr("notes.md", "# Notes\nCall Ana Ruiz.\n")
    raw = bytearray(buffer.getvalue())
    _mark_encrypted(raw, b"secret.txt")
    return bytes(raw)


def _mark_encrypted(raw: bytearray, name: bytes) -> None:
    """Set the "encrypted" flag of one member, in its local and central headers."""
    for signature, flag_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        start = raw.find(signature)
        while raw[start + name_at : start + name_at + len(name)] != name:
            start = raw.find(signature, start + 1)
        raw[start + flag_at] |= 1


def hostile_tar() -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as archive:
        for name, kind, content in (
            ("docs/memo.txt", tarfile.REGTYPE, MEMO.encode()),
            (f"{UP}/evil.txt", tarfile.REGTYPE, b"x"),
            ("shadow", tarfile.SYMTYPE, b""),
            ("console", tarfile.CHRTYPE, b""),
        ):
            info = tarfile.TarInfo(name)
            info.type, info.size, info.linkname = kind, len(content), "/etc/shadow"
            archive.addfile(info, io.BytesIO(content))
    return buffer.getvalue()


def test_a_hostile_zip_keeps_its_good_members_and_refuses_each_bad_one(
    ready: Any, tmp_path: Path
) -> None:
    path = tmp_path / "leak.zip"
    path.write_bytes(hostile_zip())

    result = ready.run("intake", str(path))

    assert_no_traceback(result)
    assert result.returncode == 1  # something was refused
    refusals = [line for line in result.stderr.splitlines() if line.startswith("refused:")]
    assert sorted(refusals) == sorted(
        [
            f"refused: {path}/{UP}/{UP}/x.txt: its name climbs out of the archive (path traversal)",
            f"refused: {path}//etc/abs.txt: its name is an absolute path",
            f"refused: {path}/link.txt: it is a link, not a file",
            f"refused: {path}/bomb.txt: it is compressed too well (looks like a zip bomb)",
            f"refused: {path}/secret.txt: it is encrypted",
        ]
    )
    archive_id, memo_id, notes_id = stored_ids(result.stdout)
    listed = {d["id"]: d for d in json.loads(ready.run("list", "--json").stdout)}
    assert [listed[i]["name"] for i in (archive_id, memo_id, notes_id)] == [
        "leak.zip",
        "leak.zip/inner/memo.txt",
        "leak.zip/notes.md",
    ]
    assert listed[archive_id]["type"] == "zip"
    assert ready.run("show", "--raw", memo_id).stdout == MEMO
    assert ready.run("show", "--raw", notes_id).stdout == "# Notes\nCall Ana Ruiz.\n"


def test_a_tar_gz_refuses_traversal_links_and_devices_per_member(
    ready: Any, tmp_path: Path
) -> None:
    path = tmp_path / "leak.tar.gz"
    path.write_bytes(hostile_tar())

    result = ready.run("intake", str(path))

    assert_no_traceback(result)
    assert sorted(line for line in result.stderr.splitlines() if line.startswith("refused:")) == [
        f"refused: {path}/{UP}/evil.txt: its name climbs out of the archive (path traversal)",
        f"refused: {path}/console: it is a device or other special file, not a file",
        f"refused: {path}/shadow: it is a link, not a file",
    ]
    _archive_id, memo_id = stored_ids(result.stdout)
    assert ready.run("show", "--raw", memo_id).stdout == MEMO
    names = [d["name"] for d in json.loads(ready.run("list", "--json").stdout)]
    assert names == ["leak.tar.gz", "leak.tar.gz/docs/memo.txt"]
