"""Crash safety: a process killed at any moment never loses an acknowledged intake.

A child process commits documents in a loop and prints each id only after the commit
returned; the parent kills it with SIGKILL at random moments, many times. Afterwards
the vault must open, unlock and verify, and hold every acknowledged document intact.
"""

from __future__ import annotations

import hashlib
import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from vaultkit import ALICE_PASSPHRASE

from vault.session import Session
from vault.store import Vault
from vault.verify import verify_vault

CHILD = Path(__file__).resolve().parent / "crash_child.py"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 15
DOCUMENT_BYTES = 300 * 1024


def _reader(stream: object, lines: queue.Queue[str | None]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        lines.put(line)
    lines.put(None)


def _run_and_kill(vault_path: Path, rng: random.Random, wait_for_ready: bool) -> list[str]:
    """Start the child, SIGKILL it at a random moment, return its complete output lines."""
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(vault_path), str(DOCUMENT_BYTES)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=PROJECT_ROOT,
    )
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(ALICE_PASSPHRASE + "\n")
    child.stdin.close()
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    output: list[str] = []
    if wait_for_ready:
        first = lines.get(timeout=60)
        assert first == "ready\n", f"child did not start: {first!r} {child.stderr.read()}"  # type: ignore[union-attr]
        output.append(first)
        time.sleep(rng.uniform(0.0, 0.6))
    else:
        time.sleep(rng.uniform(0.0, 0.8))
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    reader.join(timeout=30)
    assert child.returncode == -signal.SIGKILL, (
        f"child ended by itself ({child.returncode}): {child.stderr.read()}"  # type: ignore[union-attr]
    )
    child.stderr.close()  # type: ignore[union-attr]
    while (line := lines.get(timeout=5)) is not None:
        output.append(line)
    # Only whole lines count: a line cut by the kill was never an acknowledgement.
    return [line.rstrip("\n") for line in output if line.endswith("\n")]


@pytest.mark.slow
def test_sigkill_never_loses_an_acknowledged_intake(session: Session, vault_path: Path) -> None:
    session.connection.close()
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    acknowledged: dict[str, str] = {}
    for round_number in range(ROUNDS):
        # a few rounds are killed anywhere, even while opening or unlocking
        wait = round_number % 5 != 4
        for line in _run_and_kill(vault_path, rng, wait_for_ready=wait):
            if line == "ready":
                continue
            document_id, digest = line.split()
            acknowledged[document_id] = digest
    assert len(acknowledged) >= ROUNDS, f"too few intakes acknowledged (seed {seed})"

    vault = Vault.open(vault_path)
    try:
        assert vault.warnings == []
        unlocked = vault.unlock("alice", ALICE_PASSPHRASE)
        report = verify_vault(vault, unlocked)
        assert report.ok, (seed, report.problems)
        stored = {info.id: info for info in unlocked.list_documents()}
        for document_id, digest in acknowledged.items():
            assert document_id in stored, f"acknowledged {document_id} is missing (seed {seed})"
            assert stored[document_id].meta["sha256"] == digest
            content = hashlib.sha256()
            for piece in unlocked.read_original(document_id):
                content.update(piece)
            assert content.hexdigest() == digest, f"{document_id} differs (seed {seed})"
        assert report.documents == len(stored) >= len(acknowledged)
    finally:
        vault.close()
