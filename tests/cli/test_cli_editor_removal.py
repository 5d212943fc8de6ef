"""Removing an editor replaces the intake key, and the command says so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from cli_support import SECOND_PASSPHRASE, stored_ids


def test_removal_changes_the_intake_recipient_and_old_submissions_still_open(
    ready: Any, tmp_path: Path
) -> None:
    old = ready.run("intake-key", "export").stdout.strip()
    note = tmp_path / "tip.txt"
    note.write_text("a tip for the newsroom\n")
    sealed_before = tmp_path / "tip.txt.age"
    assert ready.run("seal", str(note), "-r", old, "-o", str(sealed_before)).returncode == 0
    bob = tmp_path / "bob.pass"
    bob.write_text(SECOND_PASSPHRASE + "\n")
    assert ready.run("editor", "add", "bob", "--new-passphrase-file", str(bob)).returncode == 0

    removed = ready.run("editor", "remove", "bob", "--yes")

    assert removed.returncode == 0, removed.stderr
    new = ready.run("intake-key", "export").stdout.strip()
    assert new.startswith("age1") and new != old
    assert "intake key changed" in removed.stdout and new in removed.stdout
    taken = ready.run("intake", str(sealed_before))
    assert taken.returncode == 0, taken.stderr
    assert len(stored_ids(taken.stdout)) == 1
