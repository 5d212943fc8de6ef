"""Every failure a user can cause: one line on stderr naming the problem, no traceback."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from cli_support import (
    assert_no_traceback,
    assert_one_line_error,
    by_name,
    error_lines,
    listing,
    run_workstation,
    sql,
    stored_ids,
)


def global_options(cli: Any) -> list[str]:
    return ["--vault", str(cli.vault_path), "--editor", "alice",
            "--passphrase-file", str(cli.passphrase_file)]


# Unlocking -------------------------------------------------------------------------------


def test_unlock_failures(ready: Any, tmp_path: Path) -> None:
    cli = ready
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("completely different words for this vault\n")
    line = assert_one_line_error(cli.run("list", passphrase_file=wrong), "wrong passphrase")
    assert "completely" not in line

    assert_one_line_error(cli.run("list", editor="mallory"), "no editor of that name")

    missing = tmp_path / "nowhere.pass"
    assert_one_line_error(cli.run("list", passphrase_file=missing), "passphrase file")
    empty = tmp_path / "empty.pass"
    empty.write_text("")
    assert_one_line_error(cli.run("list", passphrase_file=empty), "passphrase", "empty")
    blank = tmp_path / "blank.pass"
    blank.write_text("\nsecond line\n")
    assert_one_line_error(cli.run("list", passphrase_file=blank), "passphrase", "empty")


def test_missing_and_corrupt_vaults(cli: Any, tmp_path: Path) -> None:
    absent = tmp_path / "no" / "such" / "vault.db"
    result = cli.run("--vault", str(absent), "list")
    assert_one_line_error(result, "no vault", str(absent))
    assert not absent.parent.exists()

    noise = tmp_path / "noise.db"
    noise.write_bytes(os.urandom(16384))
    before = noise.read_bytes()
    for command in (("list",), ("audit", "show"), ("audit", "verify")):
        corrupt = cli.run("--vault", str(noise), *command)
        assert_one_line_error(corrupt, str(noise), "not a readable vault")
    assert noise.read_bytes() == before

    folder = tmp_path / "a-folder"
    folder.mkdir()
    assert_one_line_error(cli.run("--vault", str(folder), "list"), "no vault")


def test_tampered_ciphertext_is_named(ready: Any, tmp_path: Path) -> None:
    cli = ready
    note = tmp_path / "note.txt"
    note.write_text("untouched\n")
    other = tmp_path / "other.txt"  # different bytes: the same bytes twice are stored once
    other.write_text("also untouched\n")
    intake = cli.run("intake", str(note), str(other))
    first, second = stored_ids(intake.stdout)
    (meta,) = sql(cli.vault_path, "SELECT meta FROM documents WHERE id = ?", (first,))[0]
    flipped = bytearray(meta)
    flipped[len(flipped) // 2] ^= 0x01
    sql(cli.vault_path, "UPDATE documents SET meta = ? WHERE id = ?", (bytes(flipped), first))

    assert_one_line_error(cli.run("show", first), first, "tampered")
    assert cli.run("show", second).stdout == "also untouched\n"
    verify = cli.run("vault", "verify")
    assert verify.returncode == 1
    assert_no_traceback(verify)
    assert any(first in line for line in error_lines(verify.stderr))

    # Swapping two documents' sealed metadata is caught too (ciphertext is bound to its row).
    (meta2,) = sql(cli.vault_path, "SELECT meta FROM documents WHERE id = ?", (second,))[0]
    sql(cli.vault_path, "UPDATE documents SET meta = ? WHERE id = ?", (meta2, first))
    sql(cli.vault_path, "UPDATE documents SET meta = ? WHERE id = ?", (meta, second))
    assert_one_line_error(cli.run("show", second), second, "tampered")


def test_vault_in_use_by_another_process(ready: Any, tmp_path: Path) -> None:
    cli = ready
    note = tmp_path / "note.txt"
    note.write_text("waiting\n")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN IMMEDIATE')\n"
            "print('locked', flush=True)\n"
            "sys.stdin.read()\n"
            "c.execute('ROLLBACK')\n",
            str(cli.vault_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        busy = cli.run("intake", str(note))
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert_one_line_error(busy, "in use by another")
    assert busy.stdout == ""
    assert listing(cli) == []
    assert cli.run("intake", str(note)).returncode == 0


# Intake refusals -------------------------------------------------------------------------


def _zip_bomb(path: Path) -> None:
    """A DOCX-shaped archive whose document.xml unpacks to ~300 MB of zeros (about 300 KB)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            zeros = bytes(1024 * 1024)
            for _ in range(300):
                member.write(zeros)


def _make(kind: str, folder: Path) -> Path:
    makers: dict[str, Callable[[Path], None]] = {
        "directory": lambda p: p.mkdir(),
        "symlink": lambda p: p.symlink_to(folder / "target.txt"),
        "missing": lambda p: None,
        "fifo": os.mkfifo,
        "malformed-pdf": lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog\n%%EOF"),
        "zip-bomb-docx": _zip_bomb,
        "binary-txt": lambda p: p.write_bytes(bytes(range(256)) * 8),
    }
    (folder / "target.txt").write_text("the real file\n")
    suffix = {"malformed-pdf": ".pdf", "zip-bomb-docx": ".docx"}.get(kind, ".txt")
    path = folder / f"{kind}{suffix}"
    makers[kind](path)
    return path


REFUSED = {  # nothing is stored
    "directory": "directory",
    "symlink": "symbolic link",
    "missing": "no such file",
    "fifo": "not a regular file",
}
UNREADABLE = {  # stored (encrypted) but not reviewable
    "malformed-pdf": "pdf",
    "zip-bomb-docx": "zip bomb",
    "binary-txt": "not utf-8",
}


@pytest.mark.parametrize("kind", [*REFUSED, *UNREADABLE])
def test_intake_of_a_bad_file(ready: Any, tmp_path: Path, kind: str) -> None:
    cli = ready
    path = _make(kind, tmp_path)
    result = run_workstation(*global_options(cli), "intake", str(path), timeout=60)
    words = REFUSED.get(kind) or UNREADABLE[kind]
    line = assert_one_line_error(result, path.name, words)
    documents = listing(cli)
    if kind in REFUSED:
        assert line.startswith("refused:")
        assert result.returncode == 1
        assert result.stdout == "" and documents == []
    else:
        assert "not reviewable" in line
        assert result.returncode == 3  # stored: a script must not take it in again
        (document_id,) = stored_ids(result.stdout)
        assert [(d["id"], d["state"]) for d in documents] == [(document_id, "not reviewable")]


def test_a_linked_folder_anywhere_in_the_path_is_refused(ready: Any, tmp_path: Path) -> None:
    """A leak folder with `dir -> /etc` must not hand local files to intake."""
    cli = ready
    secrets = tmp_path / "home" / ".ssh"
    secrets.mkdir(parents=True)
    (secrets / "id_ed25519").write_text("PRIVATE KEY of the editor\n")
    leak = tmp_path / "leak"
    (leak / "inner").mkdir(parents=True)
    (leak / "inner" / "dir").symlink_to(secrets)
    (leak / "inner" / "memo.txt").write_text("a real leaked memo\n")
    linked_leak = tmp_path / "linked-leak"
    linked_leak.symlink_to(leak)

    for path, link in (
        (leak / "inner" / "dir" / "id_ed25519", leak / "inner" / "dir"),
        (linked_leak / "inner" / "memo.txt", linked_leak),
    ):
        result = cli.run("intake", str(path))
        line = assert_one_line_error(result, str(link), "symbolic link", "nothing stored")
        assert line.startswith("refused:") and result.returncode == 1
    relative = run_workstation(
        *global_options(cli), "intake", "inner/dir/id_ed25519", cwd=leak, timeout=60
    )
    assert_one_line_error(relative, "inner/dir is a symbolic link")
    assert listing(cli) == []
    taken = cli.run("intake", str(leak / "inner" / "memo.txt"))
    assert taken.returncode == 0, taken.stderr


def test_intake_of_many_files_keeps_the_good_ones(ready: Any, tmp_path: Path) -> None:
    cli = ready
    bad = [_make(kind, tmp_path) for kind in [*REFUSED, *UNREADABLE]]
    good = tmp_path / "good.txt"
    good.write_text("a good file\n")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Caf\u00e9 cr\u00e8me, na\u00efve\n".encode("cp1252"))
    files = [good, *bad, latin]

    result = run_workstation(*global_options(cli), "intake", *map(str, files), timeout=90)
    assert result.returncode == 1
    assert_no_traceback(result)
    lines = error_lines(result.stderr)
    for path in [*bad, latin]:
        assert len([line for line in lines if path.name in line]) == 1, (path, lines)
    assert len(lines) == len(bad) + 1
    assert any("latin1.txt" in line and "1252" in line for line in lines)
    ids = stored_ids(result.stdout)
    assert len(ids) == 2 + len(UNREADABLE)

    documents = by_name(cli)
    assert documents["good.txt"]["state"] == "received"
    assert documents["latin1.txt"]["state"] == "received"
    assert "Caf\u00e9 cr\u00e8me" in cli.run("show", documents["latin1.txt"]["id"]).stdout
    for path in bad:
        assert (path.name in documents) == (path.stem in UNREADABLE)


SIZE_CAP_SNIPPET = """
import sys
from pathlib import Path
from vault.store import Vault
from workstation.passphrases import read_passphrase_file
from workstation.services.intake import intake_paths

vault = Vault.open(Path(sys.argv[1]))
session = vault.unlock("alice", read_passphrase_file(sys.argv[2]))
for outcome in intake_paths(session, [Path(p) for p in sys.argv[3:]], max_bytes=4096):
    print(outcome.document.id if outcome.document else "refused: " + outcome.refused)
"""


def test_size_cap_refuses_large_files(ready: Any, tmp_path: Path) -> None:
    """The real cap is 2 GiB, so the service is driven with a 4 KiB cap instead."""
    cli = ready
    small, large = tmp_path / "small.txt", tmp_path / "large.txt"
    small.write_text("fits\n")
    large.write_bytes(b"x" * 8192)
    result = subprocess.run(
        [sys.executable, "-c", SIZE_CAP_SNIPPET, str(cli.vault_path), str(cli.passphrase_file),
         str(large), str(small)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    refused, stored = result.stdout.splitlines()
    assert refused.startswith("refused:") and "large.txt" in refused and "limit" in refused
    assert stored_ids(stored)
    assert [d["name"] for d in listing(cli)] == ["small.txt"]


# Usage mistakes --------------------------------------------------------------------------


def test_usage_mistakes_are_one_line(ready: Any, tmp_path: Path) -> None:
    cli = ready
    assert_one_line_error(cli.run("frobnicate"), "no such command")
    assert_one_line_error(cli.run("show"), "missing argument")
    assert_one_line_error(cli.run("list", "--bogus"), "no such option")
    assert_one_line_error(cli.run("audit", "show", "--last", "0"), "--last")
    assert_one_line_error(cli.run("show", "dnosuchdoc0"), "dnosuchdoc0")
    no_editor = run_workstation("--vault", str(cli.vault_path), "init")
    assert_one_line_error(no_editor, "--editor")
