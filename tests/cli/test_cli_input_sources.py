"""Passphrase and checkpoint sources that would hang, echo or exhaust memory are refused."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

from cli_support import STRONG_PASSPHRASE, assert_one_line_error


def test_passphrase_from_stdin_at_a_terminal_is_refused(ready: Any) -> None:
    controller, terminal = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "workstation", "--vault", str(ready.vault_path),
             "--passphrase-file", "-", "list"],
            stdin=terminal, capture_output=True, text=True, timeout=30, check=False,
        )
    finally:
        os.close(terminal)
        os.close(controller)
    assert_one_line_error(result, "pipe")


def test_passphrase_fifo_without_writer_does_not_hang(ready: Any, tmp_path: Path) -> None:
    fifo = tmp_path / "pass.fifo"
    os.mkfifo(fifo)
    result = ready.run("list", passphrase_file=fifo)
    assert_one_line_error(result, "not a regular file")


def test_checkpoint_sources_that_hang_or_never_end_are_refused(
    ready: Any, tmp_path: Path
) -> None:
    fifo = tmp_path / "head.fifo"
    os.mkfifo(fifo)
    assert_one_line_error(ready.run("audit", "verify", "--checkpoint", str(fifo)), "checkpoint")
    endless = ready.run("audit", "verify", "--checkpoint", "/dev/zero")
    assert_one_line_error(endless, "checkpoint")


def test_a_checkpoint_covers_its_own_audit_entry(ready: Any, tmp_path: Path) -> None:
    head = tmp_path / "head.json"
    assert ready.run("audit", "checkpoint", "-o", str(head)).returncode == 0
    assert head.stat().st_mode & 0o777 == 0o600  # owner-only: it names editors and the log
    entries = json.loads(ready.run("audit", "show", "--json").stdout)
    assert entries[-1]["action"] == "audit.checkpoint"
    assert json.loads(head.read_text())["seq"] == entries[-1]["seq"]
    assert ready.run("audit", "verify", "--checkpoint", str(head)).returncode == 0


def test_a_huge_bogus_sealed_file_is_refused_from_its_header(
    ready: Any, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.age"
    with huge.open("wb") as handle:  # sparse: 600 MiB that take no disk and must not be read
        handle.write(b"age-encryption.org/v1\n")
        handle.truncate(600 * 1024 * 1024)
    result = ready.run("intake", str(huge))
    assert_one_line_error(result, "header")


def test_a_large_sealed_file_streams_into_the_vault_intact(ready: Any, tmp_path: Path) -> None:
    """Over the extraction limit (64 MiB): decrypted and encrypted piece by piece."""
    import hashlib

    import pyrage

    recipient = pyrage.x25519.Recipient.from_str(ready.run("intake-key", "export").stdout.strip())
    payload = os.urandom(1024 * 1024) * 70
    (tmp_path / "scan.bin.age").write_bytes(pyrage.encrypt(payload, [recipient]))

    taken = ready.run("intake", str(tmp_path / "scan.bin.age"))

    assert taken.stdout.strip(), taken.stderr  # stored (and told it is too large to read)
    assert "too large to extract" in taken.stderr
    (row,) = json.loads(ready.run("list", "--json").stdout)
    assert row["name"] == "scan.bin" and row["size"] == len(payload)
    verified = ready.run("vault", "verify", "--json")
    assert json.loads(verified.stdout)["ok"], verified.stdout
    from vault.store import Vault

    session = Vault.open(ready.vault_path).unlock("alice", STRONG_PASSPHRASE)
    digest = hashlib.sha256()
    for piece in session.read_original(row["id"]):
        digest.update(piece)
    assert digest.hexdigest() == hashlib.sha256(payload).hexdigest()
