"""A scan of every document, killed half-way, goes on where it stopped when run again."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from cli_support import listing

pytestmark = [pytest.mark.slow, pytest.mark.model]

DOCUMENTS = 240


def scans_committed(vault_path: Path) -> Counter[str]:
    """How many committed scans each document has (the audit table's plain columns)."""
    with sqlite3.connect(vault_path, timeout=10) as connection:
        rows = connection.execute(
            "SELECT object_id FROM audit WHERE action = 'document.scan'"
        ).fetchall()
    return Counter(str(row[0]) for row in rows)


def test_scan_all_killed_then_run_again_scans_each_document_once(
    ready: Any, tmp_path: Path
) -> None:
    cli = ready
    leak = tmp_path / "leak"
    leak.mkdir()
    for number in range(DOCUMENTS):
        (leak / f"memo{number:04d}.txt").write_text(
            f"Memo {number}. The consul met Odile Brandt in Corvenna on {number % 28 + 1} May.\n"
        )
    assert cli.run("intake", "-r", str(leak)).returncode == 0
    command = [sys.executable, "-m", "workstation", "--vault", str(cli.vault_path),
               "--editor", "alice", "--passphrase-file", str(cli.passphrase_file),
               "scan", "--all", "--policy", "cables"]
    killed = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while not scans_committed(cli.vault_path):
        assert killed.poll() is None and time.monotonic() < deadline
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)
    killed.wait()
    before = scans_committed(cli.vault_path)
    assert 0 < len(before) < DOCUMENTS, "the scan finished before it could be killed"

    again = cli.run("scan", "--all", "--policy", "cables")

    assert again.returncode == 0, again.stderr
    assert f"{len(before)} of {DOCUMENTS} documents were scanned" in again.stderr
    assert len(again.stdout.splitlines()) == DOCUMENTS - len(before)
    after = scans_committed(cli.vault_path)
    assert set(after) == {document["id"] for document in listing(cli)}
    assert set(after.values()) == {1}  # none scanned twice, none left out
